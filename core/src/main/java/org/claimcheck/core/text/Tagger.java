package org.claimcheck.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokenizes a sentence and tags every token with its part of speech and lemma, using the Apache OpenNLP English
 * Universal Dependencies models. Models are loaded from the classpath once per run; instances are thread-safe.
 * Tagging costs far more than sentence splitting, so callers tag only the sentences that hold a claim.
 */
public final class Tagger {
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Models {
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private final ThreadLocal<POSTaggerME> posTagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));
    private final ThreadLocal<LemmatizerME> lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(Models.LEMMAS));

    /** The tokens of {@code text} in order, with offsets into {@code text}. */
    public List<Token> tag(String text) {
        Span[] spans = tokenizer.get().tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = posTagger.get().tag(words);
        String[] lemmas = lemmatizer.get().lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String lemma = lemmas[i] == null || lemmas[i].equals("O") ? words[i] : lemmas[i];
            tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i],
                    lemma.toLowerCase(Locale.ROOT)));
        }
        return tokens;
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
