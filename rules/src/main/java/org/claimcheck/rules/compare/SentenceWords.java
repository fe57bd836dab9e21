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
        int at = sentence.indexOf(text(claim));
        return at < 0 ? sentence : sentence.substring(Math.max(0, at - chars), at);
    }

    /** Up to {@code chars} characters of the sentence after the claim; nothing when it is not found. */
    public static String after(Claim claim, int chars) {
        String sentence = sentence(claim);
        int at = sentence.indexOf(text(claim));
        if (at < 0) {
            return "";
        }
        int end = at + text(claim).length();
        return sentence.substring(end, Math.min(sentence.length(), end + chars));
    }

    private static String sentence(Claim claim) {
        return claim.mention().sentence().toLowerCase(Locale.ROOT);
    }

    private static String text(Claim claim) {
        return claim.mention().text().toLowerCase(Locale.ROOT);
    }
}
