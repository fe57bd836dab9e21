package org.claimcheck.rules.compare;

import java.util.Locale;

import org.claimcheck.core.model.Claim;

/**
 * A claim's sentence in lower case and where the claim stands in it, worked out once per claim: the words just before
 * and just after the claim.
 */
public final class SentenceWords {
    private final String sentence;
    private final String text;
    private final int at;

    private SentenceWords(String sentence, String text, int at) {
        this.sentence = sentence;
        this.text = text;
        this.at = at;
    }

    /**
     * The sentence of {@code claim}, with the claim found at its offset from the sentence's start when the text is
     * there (the claim itself, not an earlier copy of its words), else at the first copy, else nowhere.
     */
    public static SentenceWords of(Claim claim) {
        String sentence = claim.mention().sentence().toLowerCase(Locale.ROOT);
        String text = claim.mention().text().toLowerCase(Locale.ROOT);
        int offset = claim.mention().span().start() - claim.mention().sentenceSpan().start();
        int at = offset >= 0 && sentence.startsWith(text, offset) ? offset : sentence.indexOf(text);
        return new SentenceWords(sentence, text, at);
    }

    /** The whole sentence, in lower case. */
    public String sentence() {
        return sentence;
    }

    /** The claim's own text, in lower case. */
    public String text() {
        return text;
    }

    /** Up to {@code chars} characters of the sentence before the claim; the whole sentence when it is not found. */
    public String before(int chars) {
        return at < 0 ? sentence : sentence.substring(Math.max(0, at - chars), at);
    }

    /** Up to {@code chars} characters of the sentence after the claim; nothing when it is not found. */
    public String after(int chars) {
        if (at < 0) {
            return "";
        }
        int end = at + text.length();
        return sentence.substring(end, Math.min(sentence.length(), end + chars));
    }
}
