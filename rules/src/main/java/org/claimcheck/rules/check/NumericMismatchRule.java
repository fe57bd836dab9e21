package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.QuantityPair;

/**
 * {@code numeric-mismatch}: two articles give the same figure differently, beyond what their hedges allow. Figures
 * a later article presents as an update are left to {@link FigureUpdateRule}.
 */
public final class NumericMismatchRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("numeric-mismatch", "NumericMismatch",
            "Two articles state the same figure with values that cannot both be true.",
            "Numbers that count or measure the same thing in the same event (same noun group and proper-name "
                    + "modifiers, same event class, compatible place and date, articles published close together) "
                    + "are compared as intervals: each hedge widens the stated value by its tolerance ('nearly' "
                    + "up to 10% below, 'about' 15% either way, 'more than' anything above, an unhedged figure 2% "
                    + "for rounding), after unit conversion. The rule fires when the intervals cannot overlap.",
            "Check both figures against the source and correct the wrong one, or hedge the figure if the "
                    + "sources disagree. If the two sentences are about different events, add a distinguishing "
                    + "detail (place, date) or suppress the finding.",
            Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<Finding> findings = new ArrayList<>();
        for (var conflict : ConflictSelection.<QuantityClaim, QuantityPair>acrossArticles(input.quantityPairs().get(),
                pair -> FigureUpdateRule.isUpdate(pair, input), input.order())) {
            findings.add(QuantityMessages.finding(INFO.id(), severity(input.severity(), conflict.pair()),
                    conflict.reference(), conflict.other(), conflict.pair()));
        }
        return findings;
    }

    /** Matches that rest on a weak event (or none) are a human look, not an error. */
    private static Severity severity(Severity configured, QuantityPair pair) {
        return configured == Severity.ERROR && !pair.strong() ? Severity.WARNING : configured;
    }
}
