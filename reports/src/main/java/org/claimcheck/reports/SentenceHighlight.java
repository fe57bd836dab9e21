package org.claimcheck.reports;

import org.claimcheck.core.model.Mention;

/**
 * A claim's sentence cut into the text before the claim, the claim and the text after it, for highlighting. The
 * sentence is clean text, so the claim is found by its offsets when the sentence maps one-to-one onto the file,
 * else by its first occurrence.
 *
 * @param before text before the claim
 * @param claim  the claim's words, or empty when they could not be found in the sentence
 * @param after  text after the claim (the whole sentence when the claim was not found)
 */
record SentenceHighlight(String before, String claim, String after) {

    /** Whether the claim was found in its sentence. */
    boolean found() {
        return !claim.isEmpty();
    }

    /** Cuts the mention's sentence around the claim. */
    static SentenceHighlight of(Mention mention) {
        String sentence = mention.sentence() == null ? "" : mention.sentence();
        String text = mention.text();
        int at = -1;
        if (mention.sentenceSpan() != null && mention.sentenceSpan().length() == sentence.length()) {
            int offset = mention.span().start() - mention.sentenceSpan().start();
            if (offset >= 0 && sentence.startsWith(text, offset)) {
                at = offset;
            }
        }
        if (at < 0 && !text.isEmpty()) {
            at = sentence.indexOf(text);
        }
        if (at < 0) {
            return new SentenceHighlight("", "", sentence);
        }
        return new SentenceHighlight(sentence.substring(0, at), text, sentence.substring(at + text.length()));
    }
}
