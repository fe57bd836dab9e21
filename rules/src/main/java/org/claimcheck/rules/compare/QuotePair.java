package org.claimcheck.rules.compare;

import org.claimcheck.core.model.AttributionClaim;

/**
 * Two attributed statements whose words overlap enough to be the same statement, the earlier-published first.
 *
 * @param first       the claim of the earlier article
 * @param second      the other claim
 * @param similarity  1 minus the word edit distance over the longer quotation's length
 * @param excerpt     whether one quotation is an excerpt of the other, word for word
 * @param sameSpeaker whether both name the same speaker
 */
public record QuotePair(AttributionClaim first, AttributionClaim second, double similarity, boolean excerpt,
                        boolean sameSpeaker) {

    /** Whether both give the same words: nearly all of them in place, or one an excerpt of the other. */
    public boolean sameWords() {
        return excerpt || similarity >= QuoteFacts.SAME_WORDS;
    }
}
