package org.claimcheck.rules.compare;

import org.claimcheck.core.model.Claim;

/**
 * Two claims judged to state the same fact, the earlier-published first.
 *
 * @param <T> the kind of claim
 */
public interface ClaimPair<T extends Claim> {

    /** The claim of the earlier article. */
    T first();

    /** The other claim. */
    T second();

    /** Whether both can be true at once. */
    boolean agrees();

    /** Whether both claims stand in the same article. */
    default boolean sameDocument() {
        return first().mention().documentId().equals(second().mention().documentId());
    }

    /** Whether both claims stand in one sentence of one document. */
    default boolean sameSentence() {
        return sameDocument() && first().mention().sentenceSpan().equals(second().mention().sentenceSpan());
    }
}
