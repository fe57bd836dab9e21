package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 16);

    private final DateResolver resolver = new DateResolver();

    private static StatedDate yearless(int month, int day) {
        return new StatedDate(0, 1, null, 0, month, day, null, Tense.UNKNOWN);
    }

    private String iso(DateExpression expression, LocalDate reference, Tense tense) {
        return resolver.resolve(expression, reference, tense).map(date -> date.value().toString()).orElse("none");
    }

    @ParameterizedTest(name = "{0}-{1} in a {3} article, {2} tense: {4}")
    @CsvSource({
        "8, 6, UNKNOWN, 2024-08-16, 2024-08-06",
        "3, 0, UNKNOWN, 2024-08-16, 2024-03",
        "1, 20, UNKNOWN, 2024-11-24, 2025-01-20",
        "1, 20, PAST, 2024-11-24, 2024-01-20",
        "11, 20, UNKNOWN, 2024-11-24, 2024-11-20",
        "12, 0, FUTURE, 2024-08-16, 2024-12",
        "12, 20, PAST, 2024-01-05, 2023-12-20",
        "8, 20, PAST, 2024-08-16, 2023-08-20",
        "8, 0, PAST, 2024-08-16, 2024-08",
        "2, 29, UNKNOWN, 2025-03-01, 2024-02-29",
    })
    void infersTheNearestYearTheTenseAllows(int month, int day, Tense tense, LocalDate reference, String expected) {
        assertThat(iso(yearless(month, day), reference, tense)).isEqualTo(expected);
    }

    @Test
    void yearInferenceIsFlaggedAndAStatedYearIsKept() {
        assertThat(resolver.resolve(yearless(8, 6), PUBLISHED, Tense.UNKNOWN))
                .map(ResolvedDate::yearInferred).contains(true);
        StatedDate stated = new StatedDate(0, 1, null, 2021, 12, 17, null, Tense.UNKNOWN);
        assertThat(resolver.resolve(stated, null, Tense.UNKNOWN).map(ResolvedDate::toString))
                .contains("ResolvedDate[value=2021-12-17, relative=false, yearInferred=false]");
    }

    @Test
    void lastAndNextMonthSkipTheReferenceMonth() {
        assertThat(iso(new StatedDate(0, 1, null, 0, 8, 0, null, Tense.PAST), PUBLISHED, Tense.UNKNOWN))
                .isEqualTo("2023-08");
        assertThat(iso(new StatedDate(0, 1, null, 0, 3, 0, null, Tense.FUTURE), PUBLISHED, Tense.UNKNOWN))
                .isEqualTo("2025-03");
    }

    @Test
    void relativeYearIsCountedFromTheReference() {
        StatedDate nextYear = new StatedDate(0, 1, "by", 0, 1, 20, 1, Tense.UNKNOWN);
        assertThat(resolver.resolve(nextYear, LocalDate.of(2024, 11, 24), Tense.PAST).map(ResolvedDate::toString))
                .contains("ResolvedDate[value=2025-01-20, relative=true, yearInferred=false]");
        StatedDate leapDayNextYear = new StatedDate(0, 1, null, 0, 2, 29, 1, Tense.UNKNOWN);
        assertThat(iso(leapDayNextYear, PUBLISHED, Tense.UNKNOWN)).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0} {1}, {2} tense: {3}")
    @CsvSource({
        "TUESDAY, UNKNOWN, UNKNOWN, 2024-08-13",
        "TUESDAY, UNKNOWN, PAST, 2024-08-13",
        "TUESDAY, UNKNOWN, FUTURE, 2024-08-20",
        "FRIDAY, UNKNOWN, UNKNOWN, 2024-08-16",
        "FRIDAY, UNKNOWN, FUTURE, 2024-08-16",
        "FRIDAY, PAST, UNKNOWN, 2024-08-09",
        "FRIDAY, FUTURE, PAST, 2024-08-23",
        "SUNDAY, UNKNOWN, UNKNOWN, 2024-08-11",
    })
    void weekdaysResolveAroundTheReference(DayOfWeek day, Tense modifier, Tense tense, String expected) {
        assertThat(iso(new WeekdayDate(0, 1, "on", day, modifier), PUBLISHED, tense)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} from {2}: {3}")
    @CsvSource({
        "DAYS, -1, 2024-08-16, 2024-08-15",
        "DAYS, 0, 2024-08-16, 2024-08-16",
        "DAYS, -2, 2024-03-01, 2024-02-28",
        "WEEKS, -1, 2024-08-16, 2024-08",
        "WEEKS, 0, 2024-08-16, 2024-08",
        "WEEKS, -1, 2024-08-07, none",
        "MONTHS, -1, 2024-01-10, 2023-12",
        "MONTHS, 0, 2024-08-16, 2024-08",
        "YEARS, 0, 2024-08-16, 2024",
        "YEARS, -1, 2024-08-16, 2023",
    })
    void relativePeriodsAreNoMorePreciseThanStated(ChronoUnit unit, int offset, LocalDate reference,
                                                   String expected) {
        assertThat(iso(new RelativeDate(0, 1, null, unit, offset), reference, Tense.UNKNOWN)).isEqualTo(expected);
    }

    @Test
    void withoutAReferenceOnlyStatedYearsResolve() {
        assertThat(resolver.resolve(yearless(8, 6), null, Tense.PAST)).isEqualTo(Optional.empty());
        assertThat(resolver.resolve(new WeekdayDate(0, 1, "on", DayOfWeek.MONDAY, Tense.UNKNOWN), null,
                Tense.UNKNOWN)).isEmpty();
        assertThat(resolver.resolve(new RelativeDate(0, 1, null, ChronoUnit.DAYS, -1), null, Tense.UNKNOWN))
                .isEmpty();
        assertThat(resolver.resolve(new StatedDate(0, 1, null, 0, 1, 20, 1, Tense.UNKNOWN), null, Tense.UNKNOWN))
                .isEmpty();
    }
}
