package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text as a sentence to find dates in: expressions in text order, without overlaps, inside the text, with a
 * real month and day or a year of news alone; each resolves against any publication date a source can give (years 0
 * to 9999) and in any tense to a valid calendar date or to nothing, never to an exception.
 * Seeds in {@code src/test/resources}: {@code DateParserFuzzTestInputs/parsesAnySentence}.
 */
class DateParserFuzzTest {
    private static final DateParser PARSER = new DateParser();
    private static final DateResolver RESOLVER = new DateResolver();
    private static final List<LocalDate> REFERENCES = List.of(
            LocalDate.of(0, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));

    @FuzzTest
    void parsesAnySentence(byte[] bytes) {
        String sentence = new String(bytes, StandardCharsets.UTF_8);

        List<DateExpression> expressions = PARSER.parse(sentence);

        int previousEnd = 0;
        for (DateExpression expression : expressions) {
            assertThat(expression.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(expression.end()).isGreaterThan(expression.start()).isLessThanOrEqualTo(sentence.length());
            if (expression instanceof StatedDate stated && stated.month() == 0) {
                assertThat(stated.year()).isBetween(1900, 2099);
                assertThat(stated.day()).isZero();
            } else if (expression instanceof StatedDate stated) {
                assertThat(stated.month()).isBetween(1, 12);
                assertThat(stated.day()).isBetween(0, 31);
            }
            previousEnd = expression.end();
            RESOLVER.resolve(expression, null, Tense.UNKNOWN);
            for (LocalDate reference : REFERENCES) {
                for (Tense tense : Tense.values()) {
                    RESOLVER.resolve(expression, reference, tense);
                }
            }
        }
    }
}
