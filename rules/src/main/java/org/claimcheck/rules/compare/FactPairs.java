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
    private final List<P> disagreeing = new ArrayList<>();
    private final Map<T, Integer> support = new IdentityHashMap<>();

    /** Records one pair judged to state the same fact. */
    void add(P pair) {
        if (!pair.agrees()) {
            disagreeing.add(pair);
        } else if (!pair.sameDocument()) {
            support.merge(pair.first(), 1, Integer::sum);
            support.merge(pair.second(), 1, Integer::sum);
        }
    }

    /** The pairs that cannot both be true, within one article or across articles. */
    public List<P> disagreeing() {
        return Collections.unmodifiableList(disagreeing);
    }

    /** How many claims of other articles agree with {@code claim}. */
    public int support(T claim) {
        return support.getOrDefault(claim, 0);
    }
}
