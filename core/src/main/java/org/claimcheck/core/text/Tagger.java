package org.claimcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokenizes a sentence and tags every token with its part of speech (Apache OpenNLP English Universal Dependencies
 * models, loaded from the classpath once per run) and its lemma ({@link Lemmas}: irregular forms and English
 * inflection rules; OpenNLP's statistical lemmatizer costs ten times the tagging and gains nothing the claim context
 * uses). Instances are thread-safe. Tagging costs far more than sentence splitting, so callers tag only the
 * sentences that hold a claim.
 */
public final class Tagger {
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String POS_ENTRY = "pos.model";

    private static final class Models {
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = greedy(load(POS_MODEL, POSModel::new));
    }

    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private final ThreadLocal<POSTaggerME> posTagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));

    /** How many recently tagged sentences each thread remembers: several stages read the same sentences. */
    private static final int REMEMBERED = 512;

    private final ThreadLocal<Map<String, List<Token>>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > REMEMBERED;
                }
            });

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
        Span[] spans = tokenizer.get().tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = posTagger.get().tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i],
                    Lemmas.of(words[i], tags[i])));
        }
        return List.copyOf(tokens);
    }

    /**
     * The same model deciding each tag once, left to right, instead of keeping the three best sequences: on news
     * text it gives the same tags at less than half the cost.
     */
    private static POSModel greedy(POSModel model) {
        MaxentModel maxent = model.getArtifact(POS_ENTRY);
        return new POSModel(model.getLanguage(), maxent, 1, new HashMap<>(), model.getFactory());
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
