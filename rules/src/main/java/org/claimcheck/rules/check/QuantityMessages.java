package org.claimcheck.rules.check;

import java.util.List;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.HedgeInterval;
import org.claimcheck.rules.compare.QuantityPair;

/** The message and explanation of a finding about two figures that disagree. */
final class QuantityMessages {
    private QuantityMessages() {
    }

    static Finding finding(String rule, Severity severity, QuantityClaim reference, QuantityClaim other,
                           QuantityPair pair) {
        HedgeInterval referenceRange = pair.first() == reference ? pair.firstRange() : pair.secondRange();
        HedgeInterval otherRange = pair.first() == reference ? pair.secondRange() : pair.firstRange();
        String message = Describe.quoted(other) + " disagrees with " + Describe.quoted(reference) + ": "
                + Describe.amount(other) + " vs " + Describe.amount(reference)
                + (reference.amount().dimension() == Dimension.TALLY ? ", and two tallies of one vote must give the "
                        + "same numbers." : gap(reference, other, referenceRange, otherRange));
        String explanation = "Both count " + what(reference) + " and their sentences agree on the setting"
                + " (no conflicting place or date, published close together, shared wording). "
                + "Reference: \"" + reference.mention().sentence().strip() + "\" Other: \""
                + other.mention().sentence().strip() + "\"";
        return FindingBuilder.finding(rule, severity, List.of(reference, other), message, explanation);
    }

    /** " are 66% apart, and an unhedged figure allows 2% rounding.": how far apart and what each hedge allows. */
    private static String gap(QuantityClaim reference, QuantityClaim other, HedgeInterval referenceRange,
                              HedgeInterval otherRange) {
        return " are " + (reference.amount().dimension() == Dimension.TEMPERATURE
                ? Describe.degrees(difference(reference.amount(), other.amount()))
                : Describe.percent(shareApart(reference.amount(), other.amount())))
                + " apart, and " + referenceRange.reason()
                + (otherRange.reason().equals(referenceRange.reason()) ? "" : " while " + otherRange.reason())
                + ".";
    }

    /**
     * How far apart two stated figures are in their base unit (their nearest ends, for ranges), before any hedge:
     * temperatures are told this way, in degrees, as a share of a reading means nothing on a scale without a true
     * zero.
     */
    private static double difference(Amount first, Amount second) {
        return Math.max(0, Math.max(first.baseValue() - second.baseUpper(), second.baseValue() - first.baseUpper()));
    }

    /** How far apart two stated figures are, as a share of the larger of their nearest ends. */
    private static double shareApart(Amount first, Amount second) {
        boolean firstAbove = first.baseValue() > second.baseUpper();
        double larger = firstAbove ? Math.max(Math.abs(first.baseValue()), Math.abs(second.baseUpper()))
                : Math.max(Math.abs(second.baseValue()), Math.abs(first.baseUpper()));
        return larger == 0 ? 0 : difference(first, second) / larger;
    }

    private static String what(QuantityClaim claim) {
        String noun = claim.noun().phrase() != null ? claim.noun().phrase()
                : claim.amount().dimension().name().toLowerCase(java.util.Locale.ROOT);
        String event = claim.context().predicate();
        return "'" + noun + "'" + (event == null ? "" : " in the same '" + event + "' event");
    }
}
