package org.claimcheck.rules.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.FactPairs;
import org.claimcheck.rules.compare.QuantityPair;

/**
 * {@code figure-update}: a later article revises an earlier figure with update language ("has risen to 21"). That is
 * news, not a contradiction: reported as information so the editor can check the older copy.
 */
public final class FigureUpdateRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("figure-update", "FigureUpdate",
            "A later article revises a figure, saying so.",
            "When two articles give different values for the same figure and the later one introduces its "
                    + "value with update language (\"has risen to\", \"climbed to\", \"now stands at\", \"has now "
                    + "burned\", \"was revised to\", \"…, up from 212\", or a figure followed by \"are now\", \"are "
                    + "still\" or \"remain\"), the change is an update rather than a contradiction. It is "
                    + "reported as information and never fails a build, once per revised figure, against the earlier "
                    + "value most articles gave.",
            "Consider updating the earlier article or adding an editor's note that the figure has changed.",
            Severity.INFO);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        FactPairs<QuantityClaim, QuantityPair> pairs = input.quantityPairs().get();
        Map<QuantityClaim, QuantityPair> updates = new LinkedHashMap<>();
        for (QuantityPair pair : pairs.disagreeing()) {
            if (!pair.sameDocument() && isUpdate(pair, input)) {
                QuantityPair known = updates.get(pair.second());
                if (known == null || pairs.support(pair.first()) > pairs.support(known.first())) {
                    updates.put(pair.second(), pair);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (QuantityPair pair : updates.values()) {
            QuantityClaim earlier = pair.first();
            QuantityClaim later = pair.second();
            String message = Describe.quoted(later) + " updates " + Describe.quoted(earlier) + ": "
                    + Describe.amount(earlier) + " is now given as " + Describe.amount(later) + ".";
            String explanation = "The later article presents its figure as a revision, so the difference is "
                    + "news, not a contradiction. Earlier: \"" + earlier.mention().sentence().strip()
                    + "\" Later: \"" + later.mention().sentence().strip() + "\"";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(earlier, later), message,
                    explanation));
        }
        return findings;
    }

    /** Whether the later-published claim of the pair announces its value as a revision. */
    static boolean isUpdate(QuantityPair pair, RuleInput input) {
        LocalDate first = input.documents().get(pair.first().mention().documentId()).date();
        LocalDate second = input.documents().get(pair.second().mention().documentId()).date();
        boolean later = first != null && second != null && second.isAfter(first);
        return later && input.updateWords().present(pair.second());
    }
}
