package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.QuotePair;
import org.claimcheck.rules.compare.QuoteText;

/** {@code misquote}: the same speaker quoted with a few words changed inside the quotation marks. */
public final class MisquoteRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("misquote", "Misquote",
            "The same speaker is quoted with different words in two articles.",
            "Direct quotations of the same speaker in different articles are compared word by word (edit "
                    + "distance on words, ignoring case and punctuation). When most words are in place but some "
                    + "differ, one article has changed the quotation; the differing words are shown. An excerpt "
                    + "of a longer quotation is not a misquote. Each changed quotation is reported once, against the "
                    + "quotation that most other articles give word for word (the earliest published on a tie).",
            "Check the quotation against the original and restore the speaker's words.",
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<QuotePair> changed = new ArrayList<>();
        Map<AttributionClaim, Integer> faithful = new IdentityHashMap<>();
        for (QuotePair pair : input.quotePairs().get()) {
            if (!pair.sameSpeaker() || !pair.first().direct() || !pair.second().direct()) {
                continue;
            }
            if (pair.excerpt() || pair.similarity() >= 1) {
                faithful.merge(pair.first(), 1, Integer::sum);
                faithful.merge(pair.second(), 1, Integer::sum);
            } else {
                changed.add(pair);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (var conflict : ConflictSelection.<AttributionClaim, QuotePair>select(
                claim -> faithful.getOrDefault(claim, 0), changed, QuotePair::first, QuotePair::second,
                input.order())) {
            AttributionClaim reference = conflict.reference();
            AttributionClaim other = conflict.other();
            String[] words = new QuoteText(other.quote()).difference(new QuoteText(reference.quote()));
            String message = QuoteMessages.speaker(other) + " is quoted with «" + words[0] + "» in "
                    + Describe.where(other) + " where " + Describe.where(reference) + " has «" + words[1] + "».";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(reference, other), message,
                    "The quotations share " + Math.round(conflict.pair().similarity() * 100) + "% of their words "
                            + "in order. " + QuoteMessages.evidence(reference, other)));
        }
        return findings;
    }
}
