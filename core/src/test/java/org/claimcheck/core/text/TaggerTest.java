package org.claimcheck.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertThat(tagsCompared(List.of(Path.of("../samples")))).isGreaterThan(400);
    }

    @Test
    void decidesTheSameTagsAsOpenNlpsOwnSearchOnTheSharedArticles() throws IOException {
        String folder = System.getProperty("claimcheck.shared");
        assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "corpus/seeds")),
                "shared evaluation folder not present");
        Path shared = Path.of(folder);
        assertThat(tagsCompared(List.of(shared.resolve("corpus/seeds"), shared.resolve("eval/dev/articles"))))
                .isGreaterThan(4_000);
    }

    /** Tags every sentence of the articles in {@code folders} both ways, asserts equal tags, counts the words. */
    private int tagsCompared(List<Path> folders) throws IOException {
        POSModel model;
        try (InputStream in = Tagger.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        POSTaggerME reference = new POSTaggerME(
                new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory()));
        StringBuilder text = new StringBuilder();
        for (Path folder : folders) {
            try (var articles = Files.list(folder)) {
                for (Path article : articles.filter(p -> !p.toString().endsWith(".json")).sorted().toList()) {
                    text.append(Files.readString(article)).append("\n\n");
                }
            }
        }
        int compared = 0;
        for (Sentence sentence : new SentenceSplitter().split(text.toString())) {
            List<Token> tokens = tagger.tag(sentence.text());
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            assertThat(tokens).extracting(Token::tag).as(sentence.text()).containsExactly(reference.tag(words));
            compared += words.length;
        }
        return compared;
    }
}
