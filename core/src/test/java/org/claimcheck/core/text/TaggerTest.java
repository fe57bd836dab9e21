package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

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

    @Test
    void decidesTheSameTagsAsOpenNlpsOwnSearchWithABeamOfOne() throws IOException {
        POSModel model;
        try (InputStream in = Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        POSTaggerME reference = new POSTaggerME(
                new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory()));
        StringBuilder text = new StringBuilder();
        try (var samples = Files.list(Path.of("../samples"))) {
            for (Path sample : samples.filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
                text.append(Files.readString(sample)).append("\n\n");
            }
        }
        int compared = 0;
        for (Sentence sentence : new SentenceSplitter().split(text.toString())) {
            List<Token> tokens = tagger.tag(sentence.text());
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            assertThat(tokens).extracting(Token::tag).as(sentence.text()).containsExactly(reference.tag(words));
            compared += words.length;
        }
        assertThat(compared).isGreaterThan(400);
    }
}
