package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TaggerTest {
    private final Tagger tagger = new Tagger();

    @Test
    void tagsNounsVerbsAndNumbersWithLemmasAndOffsets() {
        String text = "Ukrainian forces killed 18 Russian soldiers near Sudzha.";
        List<Token> tokens = tagger.tag(text);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("Ukrainian", "forces", "killed", "18", "Russian", "soldiers", "near", "Sudzha", ".");
        assertThat(tokens.get(2).lemma()).isEqualTo("kill");
        assertThat(tokens.get(2).isVerb()).isTrue();
        assertThat(tokens.get(3).tag()).isEqualTo("NUM");
        assertThat(tokens.get(5).lemma()).isEqualTo("soldier");
        assertThat(tokens.get(5).isNoun()).isTrue();
        assertThat(tokens.get(7).isProperNoun()).isTrue();
        assertThat(text.substring(tokens.get(5).start(), tokens.get(5).end())).isEqualTo("soldiers");
    }
}
