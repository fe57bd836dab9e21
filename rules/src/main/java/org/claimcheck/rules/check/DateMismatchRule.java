package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.model.DateClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.DatePair;

/** {@code date-mismatch}: two articles date the same event differently. */
public final class DateMismatchRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("date-mismatch", "DateMismatch",
            "Two articles give different dates for the same event.",
            "Dates are paired when they date the same kind of event (the offensive began, the deadline falls) in a "
                    + "compatible setting. They disagree when they differ at the precision both state: 'in "
                    + "August' agrees with 'August 6', 'August 6' does not agree with 'August 8'. A deadline "
                    + "('by January 20') is never compared with a point in time ('on January 20').",
            "Check the date against the source and correct the wrong one.",
            Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<Finding> findings = new ArrayList<>();
        for (var conflict : ConflictSelection.<DateClaim, DatePair>acrossArticles(input.datePairs().get(),
                pair -> false, input.order())) {
            boolean relative = conflict.reference().relative() || conflict.other().relative();
            Severity severity = relative && input.severity() == Severity.ERROR ? Severity.WARNING : input.severity();
            findings.add(DateMessages.finding(INFO.id(), severity, conflict.reference(), conflict.other()));
        }
        return findings;
    }
}
