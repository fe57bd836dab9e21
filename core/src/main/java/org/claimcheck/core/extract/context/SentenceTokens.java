package org.claimcheck.core.extract.context;

import java.util.List;

import org.claimcheck.core.model.Span;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.Token;

/**
 * The tagged tokens of one sentence with their offsets in the source file, so that claims (located in the file)
 * can be placed among them.
 */
final class SentenceTokens {
    private final List<Token> tokens;
    private final int[] fileStart;
    private final int[] fileEnd;

    SentenceTokens(Document document, Sentence sentence, List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.fileStart = new int[tokens.size()];
        this.fileEnd = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Span span = document.spanOfBody(sentence.start() + tokens.get(i).start(),
                    sentence.start() + tokens.get(i).end());
            fileStart[i] = span.start();
            fileEnd[i] = span.end();
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** Index of the first token overlapping the file range, or the token after it when none overlaps. */
    int firstOverlapping(Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (fileEnd[i] > span.start()) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Index just past the last token overlapping the file range. */
    int endOverlapping(Span span) {
        int end = firstOverlapping(span);
        while (end < tokens.size() && fileStart[end] < span.end()) {
            end++;
        }
        return end;
    }

    /**
     * The token texts {@code [from, to)} as the sentence writes them: a single space where it has white space between
     * two tokens, none where they touch ("Russia's", "Halvorsen-Pike").
     */
    String phrase(int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(i).text());
        }
        return phrase.toString();
    }
}
