package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParsersTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            one                                 | 1
            Eighteen                            | 18
            twenty-eight                        | 28
            forty five                          | 45
            ninety-nine                         | 99
            five hundred                        | 500
            seven hundred and seventeen         | 717
            a hundred                           | 100
            a thousand                          | 1000
            two thousand five hundred           | 2500
            twenty-eight thousand               | 28000
            three million                       | 3000000
            a million                           | 1000000
            half a million                      | 500000
            two and a half million              | 2500000
            one and a half                      | 1.5
            one and one-half                    | 1.5
            a dozen                             | 12
            half a dozen                        | 6
            two dozen                           | 24
            dozens                              | 24
            hundreds                            | 200
            thousands                           | 2000
            tens of thousands                   | 20000
            hundreds of thousands               | 200000
            zero                                | 0
            """)
    void parsesSpelledNumbers(String text, double expected) {
        assertThat(NumberWords.parse(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"third", "first", "once", "twice", "a", "a mix", "one-third", "one two", "twenty ten",
        "tens", "hundred", "dozen", "and", "", "  ", "million", "one million billion", "XNUMX"})
    void rejectsWhatIsNotOneSpelledNumber(String text) {
        assertThat(NumberWords.parse(text)).isEmpty();
    }

    @Test
    void spellsTheNumberWordsUpToABoundAsAnAlternationLongestFirst() {
        assertThat(NumberWords.alternationUpTo(12))
                .isEqualTo("eleven|twelve|eight|seven|three|five|four|nine|one|six|ten|two");

        String[] upToNinetyNine = NumberWords.alternationUpTo(99).split("\\|");
        assertThat(upToNinetyNine).hasSize(99).contains("twenty-eight", "nineteen", "ninety");
        assertThat(Arrays.stream(upToNinetyNine).mapToDouble(word -> NumberWords.parse(word).orElseThrow()).sorted()
                .toArray()).containsExactly(IntStream.rangeClosed(1, 99).asDoubleStream().toArray());
        assertThatThrownBy(() -> NumberWords.alternationUpTo(100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("up to 100");
    }

    @Test
    void readsTheLongestNumberAtAPositionAndSaysHowManyWordsItTook() {
        NumberWords.Reading reading = NumberWords.read(List.of("killed", "twenty", "five", "soldiers"), 1);

        assertThat(reading).isEqualTo(new NumberWords.Reading(25, 2, false));
        assertThat(NumberWords.read(List.of("dozens", "of", "troops"), 0))
                .isEqualTo(new NumberWords.Reading(24, 1, true));
        assertThat(NumberWords.read(List.of("soldiers"), 0)).isNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            7           | 7
            1,300       | 1300
            100,000     | 100000
            1,000,000   | 1000000
            2.5         | 2.5
            1,783.9     | 1783.9
            0.04        | 0.04
            """)
    void parsesNumerals(String text, double expected) {
        assertThat(Numerals.parse(text)).hasValue(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"1,30", "1,3000", "12,34,567", "5:00", "555.123.4567", "1.", ".5", ",100", "1,000.",
        "12a", ""})
    void rejectsWhatIsNotAnEnglishNumeral(String text) {
        assertThat(Numerals.parse(text)).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void rejectsDigitRunsTooLongForADouble() {
        assertThat(Numerals.parse("9".repeat(400))).isEmpty();
    }
}
