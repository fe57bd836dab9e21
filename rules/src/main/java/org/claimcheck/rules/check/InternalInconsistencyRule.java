package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.ClaimPair;
import org.claimcheck.rules.compare.DatePair;
import org.claimcheck.rules.compare.FactPairs;
import org.claimcheck.rules.compare.QuantityPair;
import org.claimcheck.rules.compare.UnitRestatement;

/** {@code internal-inconsistency}: one article gives the same figure or date twice, differently. */
public final class InternalInconsistencyRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("internal-inconsistency", "InternalInconsistency",
            "One article states the same figure or date twice with values that cannot both be true.",
            "Figures and dates inside one article are paired the same way as across articles (same noun group, "
                    + "event, place and time) and compared with the same hedge tolerances. A disagreement inside "
                    + "one article is usually an editing slip: one of the two sentences was not updated. A count or "
                    + "measure written with \"the\" (\"the 1,900 evacuees\") refers back to the nearest earlier one "
                    + "of the same things in the article and is compared with it whatever either sentence says "
                    + "happened. "
                    + "A figure the article itself presents as a revision (\"has risen to 21\") is not a "
                    + "disagreement, and two values in one sentence are a contrast (\"from 2.9% to 3.4%\", \"by 112 "
                    + "votes to 97\"), not one figure given twice, unless the second restates the first in another "
                    + "unit (\"34C (97F)\") and does not convert to it beyond the rounding of its last digit.",
            "Make both sentences agree, or make clear that they refer to different things.",
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<Finding> findings = new ArrayList<>();
        FactPairs<QuantityClaim, QuantityPair> quantities = input.quantityPairs().get();
        for (QuantityPair pair : quantities.disagreeing()) {
            if (reports(pair, input.updateWords())) {
                QuantityClaim reference = supported(quantities, pair);
                findings.add(QuantityMessages.finding(INFO.id(), input.severity(), reference,
                        reference == pair.first() ? pair.second() : pair.first(), pair));
            }
        }
        FactPairs<DateClaim, DatePair> dates = input.datePairs().get();
        for (DatePair pair : dates.disagreeing()) {
            if (reports(pair)) {
                DateClaim reference = supported(dates, pair);
                findings.add(DateMessages.finding(INFO.id(), input.severity(), reference,
                        reference == pair.first() ? pair.second() : pair.first()));
            }
        }
        return findings;
    }

    /**
     * Whether a disagreeing pair of quantities is one this rule reports: in one article, in two sentences (two values
     * in one sentence are a contrast) or a restatement in another unit that does not convert, the second without
     * update words.
     */
    private static boolean reports(QuantityPair pair, UpdateWords updateWords) {
        return pair.sameDocument() && (!pair.sameSentence() || UnitRestatement.misconverts(pair))
                && !updateWords.present(pair.second());
    }

    /** Whether a disagreeing pair of dates is one this rule reports: in one article, in two sentences. */
    private static boolean reports(DatePair pair) {
        return pair.sameDocument() && !pair.sameSentence();
    }

    /**
     * The claim of a pair inside one article that more claims of other articles agree with, the earlier on a tie: the
     * reference the other is reported against (a disagreement an article has with itself is reported only here, not
     * again against every article that gives one of its values; see {@code ConflictSelection}).
     */
    private static <T extends Claim, P extends ClaimPair<T>> T supported(FactPairs<T, P> pairs, P pair) {
        return pairs.support(pair.second()) > pairs.support(pair.first()) ? pair.second() : pair.first();
    }
}
