package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Tagger;
import org.claimcheck.core.text.Token;

/**
 * One document as the attribution stage reads it: body, sentences, quotations, and the tags of the sentences
 * tagged so far (each sentence is tagged at most once, and only when asked for). Serves one call of the finder.
 */
final class TaggedDocument {
    private final Tagger tagger;
    private final AnalyzedText analyzed;
    private final String body;
    private final List<Sentence> sentences;
    private final List<Quotation> quotations;
    private final Map<Integer, List<Token>> tags = new HashMap<>();

    TaggedDocument(AnalyzedText text, Tagger tagger) {
        this.tagger = tagger;
        this.analyzed = text;
        this.body = text.document().body().text();
        this.sentences = text.sentences();
        this.quotations = QuotationScanner.scan(body);
    }

    AnalyzedText analyzed() {
        return analyzed;
    }

    String body() {
        return body;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Quotation> quotations() {
        return quotations;
    }

    /** Tokens of sentence {@code s}, offsets in body coordinates. */
    List<Token> tokens(int s) {
        return tags.computeIfAbsent(s, index -> {
            Sentence sentence = sentences.get(index);
            List<Token> tokens = new ArrayList<>();
            for (Token token : tagger.tag(sentence.text())) {
                tokens.add(new Token(token.text(), token.start() + sentence.start(),
                        token.end() + sentence.start(), token.tag(), token.lemma()));
            }
            return tokens;
        });
    }

    /** Index of the sentence holding body offset {@code offset}, or -1; sentences are in text order. */
    int sentenceAt(int offset) {
        int s = firstSentenceEndingAfter(offset);
        return s < sentences.size() && sentences.get(s).start() <= offset ? s : -1;
    }

    /** Index of the first sentence that ends after body offset {@code offset}, or the number of sentences. */
    int firstSentenceEndingAfter(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether body offset {@code offset} lies inside a quotation; quotations are in text order. */
    boolean quoted(int offset) {
        int low = 0;
        int high = quotations.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (quotations.get(middle).openMark() <= offset) {
                candidate = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate >= 0 && quotations.get(candidate).covers(offset);
    }

    /** The body text of the token range {@code phrase} of {@code tokens}. */
    String words(int[] phrase, List<Token> tokens) {
        return body.substring(tokens.get(phrase[0]).start(), tokens.get(phrase[1] - 1).end());
    }
}
