package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aTitleWithAPeriodDoesNotEndTheSentence() {
        String text = "'We are asking people to pay more,' said Coun. Priya Ramsaran, who voted against it. Cllr. Ames "
                + "and Supt. Hale agreed with Rev. Okafor. The vote was held on Nov. 12.";

        assertThat(sentences(text)).containsExactly(
                "'We are asking people to pay more,' said Coun. Priya Ramsaran, who voted against it.",
                "Cllr. Ames and Supt. Hale agreed with Rev. Okafor.", "The vote was held on Nov. 12.");
    }

    @Test
    void aUnitOrEtcBeforeACapitalEndsTheSentence() {
        String text = "The fire spread over 12 sq. km. Crews worked through the night with pumps, hoses etc. The wind "
                + "dropped to 5 mph. by dawn.";

        assertThat(sentences(text)).containsExactly("The fire spread over 12 sq. km.",
                "Crews worked through the night with pumps, hoses etc.", "The wind dropped to 5 mph. by dawn.");
    }
}
