package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.QuotePair;

/** {@code attribution-outlet-mismatch}: the same statement said to one outlet in one article, to another in the next. */
public final class AttributionOutletMismatchRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("attribution-outlet-mismatch", "AttributionOutletMismatch",
            "The same statement is said to have been made to different outlets.",
            "When two articles give the same words by the same speaker and each names the outlet the words were "
                    + "said to (\"told the Financial Times\", \"in an interview with CNN\"), the outlets must agree.",
            "Check where the statement was first made and correct the credit.",
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<Finding> findings = new ArrayList<>();
        for (QuotePair pair : input.quotePairs().get()) {
            AttributionClaim a = pair.first();
            AttributionClaim b = pair.second();
            if (!pair.sameWords() || !pair.sameSpeaker() || a.outlet() == null || b.outlet() == null
                    || outlet(a).equals(outlet(b))) {
                continue;
            }
            String message = a.speaker() + "'s words are said to have been given to " + b.outlet() + " ("
                    + Describe.where(b) + ") but to " + a.outlet() + " (" + Describe.where(a) + ").";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(a, b), message,
                    "The two statements give the same words by the same speaker. " + QuoteMessages.evidence(a, b)));
        }
        return findings;
    }

    private static String outlet(AttributionClaim claim) {
        String folded = claim.outlet().strip().toLowerCase(java.util.Locale.ROOT);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
