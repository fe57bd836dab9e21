package org.claimcheck.rules.check;

import java.util.List;

import org.claimcheck.core.model.DateClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;

/** The message and explanation of a finding about two dates that disagree. */
final class DateMessages {
    private DateMessages() {
    }

    static Finding finding(String rule, Severity severity, DateClaim reference, DateClaim other) {
        String message = Describe.quoted(other) + " disagrees with " + Describe.quoted(reference) + ": "
                + other.value() + resolved(other) + " vs " + reference.value() + resolved(reference)
                + " for the same '" + reference.context().predicate() + "' event.";
        String explanation = "Both dates belong to the same kind of event in a compatible setting (no conflicting "
                + "place, published close together, shared wording) and differ at the precision both state. "
                + "Reference: \"" + reference.mention().sentence().strip() + "\" Other: \""
                + other.mention().sentence().strip() + "\"";
        return FindingBuilder.finding(rule, severity, List.of(reference, other), message, explanation);
    }

    private static String resolved(DateClaim claim) {
        if (claim.relative()) {
            return " (resolved against " + claim.reference() + ")";
        }
        return claim.yearInferred() ? " (year inferred from " + claim.reference() + ")" : "";
    }
}
