package org.claimcheck.rules.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;

/**
 * What comparing claims fact by fact found, kept compact: the pairs that cannot both be true, in the order they were
 * found, and for each claim which claims of other articles agree with it (as positions). Agreeing pairs themselves
 * are not kept, so memory grows with the disagreements and the agreements, not with the number of comparisons.
 * What agrees with a claim is asked of the claims of disagreeing pairs, the ones rules report on.
 *
 * @param <T> the kind of claim
 * @param <P> the kind of pair
 */
public final class FactPairs<T extends Claim, P extends ClaimPair<T>> {
    private final List<T> claims;
    /** For each claim, the positions of the claims of other articles that agree with it; null before one does. */
    private final IntList[] agreeing;
    private final List<P> disagreeing = new ArrayList<>();
    /** The positions of the claims of disagreeing pairs. */
    private final Map<T, Integer> positions = new IdentityHashMap<>();

    /** @param claims the claims compared; pairs name them by their position in this list */
    FactPairs(List<T> claims) {
        this.claims = claims;
        this.agreeing = new IntList[claims.size()];
    }

    /** Records one pair judged to state the same fact: the claims at positions {@code first} and {@code second}. */
    void add(P pair, int first, int second) {
        if (!pair.agrees()) {
            disagreeing.add(pair);
            positions.put(pair.first(), first);
            positions.put(pair.second(), second);
        } else if (!pair.sameDocument()) {
            agreement(first).add(second);
            agreement(second).add(first);
        }
    }

    private IntList agreement(int claim) {
        if (agreeing[claim] == null) {
            agreeing[claim] = new IntList();
        }
        return agreeing[claim];
    }

    /** The pairs that cannot both be true, within one article or across articles. */
    public List<P> disagreeing() {
        return Collections.unmodifiableList(disagreeing);
    }

    /** How many claims of other articles agree with {@code claim}, a claim of a disagreeing pair. */
    public int support(T claim) {
        IntList partners = agreeing[position(claim)];
        return partners == null ? 0 : partners.size();
    }

    /** Whether a claim of the document {@code documentId} agrees with {@code claim}, a claim of a disagreeing pair. */
    public boolean agrees(T claim, String documentId) {
        IntList partners = agreeing[position(claim)];
        for (int k = 0; partners != null && k < partners.size(); k++) {
            if (claims.get(partners.get(k)).mention().documentId().equals(documentId)) {
                return true;
            }
        }
        return false;
    }

    private int position(T claim) {
        Integer position = positions.get(claim);
        if (position == null) {
            throw new IllegalArgumentException("not a claim of a disagreeing pair: " + claim.id());
        }
        return position;
    }
}
