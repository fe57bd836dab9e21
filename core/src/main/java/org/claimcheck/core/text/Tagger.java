package org.claimcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.postag.POSModel;

/**
 * Tokenizes a sentence ({@link WordTokenizer}) and tags every token with its part of speech (the Apache OpenNLP
 * English Universal Dependencies model, loaded from the classpath once per run) and its lemma ({@link Lemmas}:
 * irregular forms and English inflection rules; OpenNLP's statistical lemmatizer costs ten times the tagging and
 * gains nothing the claim context uses). Instances are thread-safe. Tagging costs far more than sentence
 * splitting, so callers tag only the sentences that hold a claim.
 */
public final class Tagger {
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_ENTRY = "pos.model";

    private static final class Models {
        static final TagScorer SCORER = new TagScorer(load(POS_MODEL, POSModel::new).getArtifact(POS_ENTRY));
    }

    /** How many recently tagged sentences each thread remembers: several stages read the same sentences. */
    private static final int REMEMBERED = 512;

    private final ThreadLocal<Map<String, List<Token>>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /**
     * Whether the tagging model was trained on the word, in any case: a capitalised word it has never seen is most
     * likely a name, whatever tag it gets.
     */
    public static boolean knows(String word) {
        return Models.SCORER.knows(word);
    }

    /** The tokens of {@code text} in order, with offsets into {@code text}. */
    public List<Token> tag(String text) {
        Map<String, List<Token>> cache = recent.get();
        List<Token> known = cache.get(text);
        if (known == null) {
            known = tagAnew(text);
            cache.put(text, known);
        }
        return known;
    }

    private List<Token> tagAnew(String text) {
        List<int[]> spans = WordTokenizer.spans(text);
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = tagGreedily(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], spans.get(i)[0], spans.get(i)[1], tags[i], Lemmas.of(words[i], tags[i])));
        }
        return List.copyOf(tokens);
    }

    /**
     * The model deciding each tag once, left to right: its most probable tag given the words and the tags decided
     * so far. This is the model's own sequence search with a beam of one (the model has no tag dictionary to
     * narrow it), without the bookkeeping of a beam; on news text it gives the same tags as a beam of three.
     */
    private static String[] tagGreedily(String[] words) {
        TagScorer.WordWeights[] weights = Models.SCORER.weightsOf(words);
        int[] decided = new int[words.length];
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            decided[i] = Models.SCORER.best(weights, i, decided);
            tags[i] = Models.SCORER.tag(decided[i]);
        }
        return tags;
    }

    private interface ModelConstructor<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelConstructor<M> constructor) {
        try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("language model " + resource + " is not on the classpath");
            }
            return constructor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + resource, e);
        }
    }
}
