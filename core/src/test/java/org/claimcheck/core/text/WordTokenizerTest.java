package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> tokens(String text) {
        return WordTokenizer.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void punctuationAroundWordsIsSplitOff() {
        assertThat(tokens("\"We are exhausted,” he told (reporters) on Friday."))
                .containsExactly("\"", "We", "are", "exhausted", ",", "”", "he", "told", "(", "reporters", ")", "on",
                        "Friday", ".");
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        assertThat(tokens("Mr. Smith left the U.S. on Aug. 6 with J. Doe."))
                .containsExactly("Mr.", "Smith", "left", "the", "U.S.", "on", "Aug.", "6", "with", "J.", "Doe", ".");
    }

    @Test
    void numbersStayWholeWithTheirCurrencyAndSeparators() {
        assertThat(tokens("It cost £4.2m, or $1,300 (40%)."))
                .containsExactly("It", "cost", "£4.2m", ",", "or", "$1,300", "(", "40", "%", ")", ".");
    }

    @Test
    void hyphensSplitBetweenWordsButNotAfterPrefixesOrBeforeDigits() {
        assertThat(tokens("long-range U.S.-made anti-tank F-16 jets"))
                .containsExactly("long", "-", "range", "U.S.", "-", "made", "anti-tank", "F-16", "jets");
    }

    @Test
    void dashesAndSlashesBetweenWordsSplit() {
        assertThat(tokens("war—and/or peace 2024-08-16"))
                .containsExactly("war", "—", "and", "/", "or", "peace", "2024-08-16");
    }

    @Test
    void possessivesAndContractionsStayWhole() {
        assertThat(tokens("Russia’s forces haven’t left, with a few minutes' warning."))
                .containsExactly("Russia’s", "forces", "haven’t", "left", ",", "with", "a", "few", "minutes'",
                        "warning", ".");
    }

    @Test
    void aClosingSingleQuoteAfterAnOpeningOneIsPunctuation() {
        assertThat(tokens("the ‘special operations’ ended"))
                .containsExactly("the", "‘", "special", "operations", "’", "ended");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Kyiv,\tsaid  ";
        assertThat(WordTokenizer.spans(text)).containsExactly(new int[] {2, 6}, new int[] {6, 7},
                new int[] {8, 12});
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertThat(WordTokenizer.spans("")).isEmpty();
        assertThat(WordTokenizer.spans(" \n\t ")).isEmpty();
    }
}
