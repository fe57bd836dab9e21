package org.claimcheck.rules.compare;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;

/**
 * Two numbers judged to state the same fact, the earlier-published first.
 *
 * @param first       the claim of the earlier article (or earlier in the text)
 * @param second      the other claim
 * @param firstRange  the values {@code first} allows
 * @param secondRange the values {@code second} allows
 * @param strong      whether both name the same strong event and what they count, not just a compatible setting
 */
public record QuantityPair(QuantityClaim first, QuantityClaim second, HedgeInterval firstRange,
                           HedgeInterval secondRange, boolean strong) implements ClaimPair<QuantityClaim> {

    /** Whether both values can be true at once: for vote tallies, whether they give the same two numbers. */
    @Override
    public boolean agrees() {
        if (first.amount().dimension() == Dimension.TALLY) {
            Amount a = first.amount();
            Amount b = second.amount();
            return a.value() == b.value() && a.upper() == b.upper() || a.value() == b.upper() && a.upper() == b.value();
        }
        return firstRange.overlaps(secondRange);
    }
}
