package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text as a number in digits ({@link Numerals}) or in words ({@link NumberWords}): a finite, non-negative
 * value or none, never an exception; a numeral in digits is made of digits, commas and one point only.
 * Seeds in {@code src/test/resources}: {@code NumberParsingFuzzTestInputs/parsesAnyNumber}.
 */
class NumberParsingFuzzTest {

    @FuzzTest
    void parsesAnyNumber(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);

        OptionalDouble digits = Numerals.parse(text);
        if (digits.isPresent()) {
            assertFiniteCount(digits.getAsDouble());
            assertThat(text).matches("[0-9][0-9,]*(\\.[0-9]+)?");
        }
        NumberWords.parse(text).ifPresent(NumberParsingFuzzTest::assertFiniteCount);

        List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
        for (int from = 0; from < words.size(); from++) {
            NumberWords.Reading reading = NumberWords.read(words, from);
            if (reading != null) {
                assertFiniteCount(reading.value());
                assertThat(reading.length()).isBetween(1, words.size() - from);
            }
        }
    }

    private static void assertFiniteCount(double value) {
        assertThat(value).isFinite().isGreaterThanOrEqualTo(0);
    }
}
