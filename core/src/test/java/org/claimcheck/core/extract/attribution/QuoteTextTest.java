package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void straightensMarksCollapsesSpacesAndCutsTrailingComma() {
        assertThat(QuoteText.normalize("It\u2019s  a \u201Cfair\u201D\n fight,"))
                .isEqualTo("It's a \"fair\" fight");
    }

    @Test
    void keepsSentenceEndingPunctuation() {
        assertThat(QuoteText.normalize("Is it over?")).isEqualTo("Is it over?");
    }
}
