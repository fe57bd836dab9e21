package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.List;

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
                    + "of a longer quotation is not a misquote.",
            "Check the quotation against the original and restore the speaker's words.",
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
            if (!pair.sameSpeaker() || !a.direct() || !b.direct() || pair.excerpt() || pair.similarity() >= 1) {
                continue;
            }
            String[] changed = new QuoteText(b.quote()).difference(new QuoteText(a.quote()));
            String message = QuoteMessages.speaker(b) + " is quoted with «" + changed[0] + "» in "
                    + Describe.where(b) + " where " + Describe.where(a) + " has «" + changed[1] + "».";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(a, b), message,
                    "The quotations share " + Math.round(pair.similarity() * 100) + "% of their words in order. "
                            + QuoteMessages.evidence(a, b)));
        }
        return findings;
    }
}
