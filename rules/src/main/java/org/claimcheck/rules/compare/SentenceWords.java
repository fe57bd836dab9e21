package org.claimcheck.rules.compare;

import java.util.Locale;

import org.claimcheck.core.model.Claim;

/** The words of a claim's sentence just before and just after the claim, in lower case. */
public final class SentenceWords {
    private SentenceWords() {
    }

    /** Up to {@code chars} characters of the sentence before the claim; the whole sentence when it is not found. */
    public static String before(Claim claim, int chars) {
        String sentence = sentence(claim);
        int at = position(claim, sentence);
        return at < 0 ? sentence : sentence.substring(Math.max(0, at - chars), at);
    }

    /** Up to {@code chars} characters of the sentence after the claim; nothing when it is not found. */
    public static String after(Claim claim, int chars) {
        String sentence = sentence(claim);
        int at = position(claim, sentence);
        if (at < 0) {
            return "";
        }
        int end = at + text(claim).length();
        return sentence.substring(end, Math.min(sentence.length(), end + chars));
    }

    /**
     * Where the claim stands in its sentence: at its offset from the sentence's start when the text is there (the
     * claim itself, not an earlier copy of its words), else at the first copy, else -1.
     */
    private static int position(Claim claim, String sentence) {
        int offset = claim.mention().span().start() - claim.mention().sentenceSpan().start();
        String text = text(claim);
        return offset >= 0 && sentence.startsWith(text, offset) ? offset : sentence.indexOf(text);
    }

    private static String sentence(Claim claim) {
        return claim.mention().sentence().toLowerCase(Locale.ROOT);
    }

    private static String text(Claim claim) {
        return claim.mention().text().toLowerCase(Locale.ROOT);
    }
}
