package org.claimcheck.rules.compare;

import org.claimcheck.core.model.DateClaim;

/**
 * Two dates judged to be the date of the same event, the earlier-published first.
 *
 * @param first  the claim of the earlier article
 * @param second the other claim
 */
public record DatePair(DateClaim first, DateClaim second) implements ClaimPair<DateClaim> {

    /** Whether both dates can be true at once, at the precision each states ("in August" agrees with "August 6"). */
    @Override
    public boolean agrees() {
        return first.value().compatibleWith(second.value());
    }
}
