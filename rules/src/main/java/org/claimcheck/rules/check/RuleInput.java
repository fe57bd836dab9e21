package org.claimcheck.rules.check;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.ClaimOrder;
import org.claimcheck.rules.compare.DatePair;
import org.claimcheck.rules.compare.FactPairs;
import org.claimcheck.rules.compare.QuantityPair;
import org.claimcheck.rules.compare.QuotePair;
import org.claimcheck.rules.config.RulesConfig;

/**
 * What a rule sees: the documents and the order of their claims, the same-fact comparisons of numbers and dates and
 * the pairs of quotations and which figures present themselves as updates (computed once per run and shared by the
 * rules), the configuration, and the severity the rule reports at.
 */
public record RuleInput(Map<String, DocumentInfo> documents, ClaimOrder order,
                        Supplier<FactPairs<QuantityClaim, QuantityPair>> quantityPairs,
                        Supplier<FactPairs<DateClaim, DatePair>> datePairs, Supplier<List<QuotePair>> quotePairs,
                        List<AttributionClaim> attributions, UpdateWords updateWords, RulesConfig config,
                        Severity severity) {

    /** The same input at another severity. */
    public RuleInput at(Severity newSeverity) {
        return new RuleInput(documents, order, quantityPairs, datePairs, quotePairs, attributions, updateWords, config,
                newSeverity);
    }
}
