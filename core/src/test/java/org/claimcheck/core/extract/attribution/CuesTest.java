package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            said           | true
            SAID           | true
            Told           | true
            acknowledging  | true
            emphasised     | true
            According      | true
            pointed        | true
            point          | true
            poin           | false
            sale           | false
            to             | false
            saïd           | false
            remar\u212A     | true
            SA\u0130D        | false
            Ankara         | false
            """)
    void tellsWordsThatMayOpenACueWithoutBuildingThem(String word, boolean expected) {
        String sentence = "(" + word + ")";

        assertThat(Cues.mayOpenCue(sentence, 1, 1 + word.length())).isEqualTo(expected);
        assertThat(Cues.mayOpenCue(sentence, 1, 1 + word.length())).isEqualTo(Cues.lemmaOf(word) != null
                || word.equalsIgnoreCase("according") || word.regionMatches(true, 0, "point", 0, 5));
    }
}
