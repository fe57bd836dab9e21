package org.claimcheck.rules.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;

/**
 * What comparing claims fact by fact found, kept compact: the pairs that cannot both be true, in the order they were
 * found, and for each claim how many claims of other articles agree with it. Agreeing pairs themselves are not kept,
 * so memory grows with the disagreements, not with the number of comparisons.
 *
 * @param <T> the kind of claim
 * @param <P> the kind of pair
 */
public final class FactPairs<T extends Claim, P extends ClaimPair<T>> {
    private final List<T> claims;
    private final int[] support;
    private final List<P> disagreeing = new ArrayList<>();
    private Map<T, Integer> positions;

    /** @param claims the claims compared; pairs name them by their position in this list */
    FactPairs(List<T> claims) {
        this.claims = claims;
        this.support = new int[claims.size()];
    }

    /** Records one pair judged to state the same fact: the claims at positions {@code first} and {@code second}. */
    void add(P pair, int first, int second) {
        if (!pair.agrees()) {
            disagreeing.add(pair);
        } else if (!pair.sameDocument()) {
            support[first]++;
            support[second]++;
        }
    }

    /** The pairs that cannot both be true, within one article or across articles. */
    public List<P> disagreeing() {
        return Collections.unmodifiableList(disagreeing);
    }

    /** How many claims of other articles agree with {@code claim}. */
    public synchronized int support(T claim) {
        if (positions == null) {
            positions = new IdentityHashMap<>();
            for (int i = 0; i < claims.size(); i++) {
                positions.put(claims.get(i), i);
            }
        }
        Integer position = positions.get(claim);
        return position == null ? 0 : support[position];
    }
}
