package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static LocalDate whole(String line) {
        return Dateline.whole(line, 0, line.length()).map(Dateline.Match::date).orElse(null);
    }

    @Test
    void readsCommonHeaderDatelines() {
        assertThat(whole("Friday, September 29, 2023")).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(whole("Sunday, November 24, 2024 5:00:20 PM")).isEqualTo(LocalDate.of(2024, 11, 24));
        assertThat(whole("29 September 2023")).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(whole("Updated: 2023-09-29 14:05 GMT")).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(whole("Published Sept. 3, 2023 at 8:15 a.m. ET")).isEqualTo(LocalDate.of(2023, 9, 3));
        assertThat(whole("October 7, 2025 2:52 PM GMT+2 Updated 2 hours ago")).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(whole("16 October 2025, 11:05 · 6 min read")).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(whole("Thursday, 16 October 2025 | Today’s paper")).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(whole("Published March 21, 2025 at 6:00 a.m. | Updated March 21, 2025 at 9:42 a.m."))
                .isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(whole("October 7, 2025 2:52 PM, officials said")).isNull();
    }

    @Test
    void refusesSentencesInvalidDatesAndPartialDates() {
        assertThat(whole("On August 6, Ukraine launched an attack.")).isNull();
        assertThat(whole("February 30, 2023")).isNull();
        assertThat(whole("August 6")).isNull();
        assertThat(whole("2023")).isNull();
        assertThat(whole("2-23-02-30")).isNull();
    }

    @Test
    void findsATimestampThatEndsAHeadline() {
        String line = "Storm hits the valley Sunday, November 24, 2024 5:00:20 PM";

        Dateline.Match match = Dateline.trailing(line, 0, line.length()).orElseThrow();

        assertThat(match.date()).isEqualTo(LocalDate.of(2024, 11, 24));
        assertThat(line.substring(0, match.start())).isEqualTo("Storm hits the valley ");
        assertThat(Dateline.trailing("Troops left on May 5, 2024 and returned.", 0, 40)).isEmpty();
    }

    @Test
    void findsTheEndOfAWireDatelineOpeningALine() {
        for (String line : new String[] {"TREMSK, Kaldoria, Oct 7 (Meridian) - Fourteen people were killed.",
            "DAMARIS, July 17 (LPA) \u2013 Fourteen people were killed.",
            "DANBURY FALLS, Nov. 19 - Fourteen people were killed."}) {
            assertThat(line.substring(Dateline.afterWireDateline(line, 0, line.length())))
                    .isEqualTo("Fourteen people were killed.");
        }
        String prose = "TREMSK, a town of 4,000, was cut off on Oct 7 - the day of the storm.";
        assertThat(Dateline.afterWireDateline(prose, 0, prose.length())).isZero();
    }
}
