package org.claimcheck.core.extract.attribution;

/**
 * A quotation or reported clause found in a document, with the evidence for its speaker, before the speaker is
 * resolved and before it is cut into one claim per sentence.
 *
 * @param start        body offset of the first quoted or reported character
 * @param end          body offset after the last one
 * @param direct       whether the words stand inside quotation marks
 * @param speakerStart body offset of the speaker's words, or -1 when the speaker carries over from the previous
 *                     quotation (a continued quotation) or is unknown
 * @param speakerEnd   body offset after the speaker's words, or -1
 * @param cue          lemma of the reporting verb or phrase, or {@code null}
 * @param outlet       the outlet named with the statement, or {@code null}
 * @param continued    whether the statement continues the previous quotation's speaker
 */
record Statement(int start, int end, boolean direct, int speakerStart, int speakerEnd, String cue, String outlet,
                 boolean continued) {

    boolean hasSpeakerWords() {
        return speakerStart >= 0;
    }
}
