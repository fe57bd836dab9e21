package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DateParserRobustnessTest {
    private static final String[] FRAGMENTS = {
        "on", "by", "in", "the", "of", "last", "next", "this", "earlier", "mid", "-", ",", ".", ":", "/", "%",
        "August", "Aug", "May", "march", "Tuesday", "Friday", "week", "month", "year", "days", "ago", "two", "a",
        "6", "20th", "31", "30", "2024", "0000", "08", "13", "6,000", "5:00", "today", "yesterday", "\u0663", "\n",
    };

    private final DateParser parser = new DateParser();

    @Test
    void randomFragmentsGiveOrderedInBoundsExpressionsAndNeverThrow() {
        Random random = new Random(20240806L);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) > 0) {
                    text.append(' ');
                }
            }
            List<DateExpression> found = parser.parse(text.toString());
            int previousEnd = 0;
            for (DateExpression expression : found) {
                assertThat(expression.start()).as(text.toString()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(expression.end()).as(text.toString()).isGreaterThan(expression.start())
                        .isLessThanOrEqualTo(text.length());
                previousEnd = expression.end();
            }
        }
    }

    @Test
    void longRepetitiveInputIsParsedInLinearTime() {
        String text = "on August 6, 2024 and on the 6th of ".repeat(20_000) + "mid-".repeat(50_000);

        List<DateExpression> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parser.parse(text));

        assertThat(found).hasSize(20_000);
    }
}
