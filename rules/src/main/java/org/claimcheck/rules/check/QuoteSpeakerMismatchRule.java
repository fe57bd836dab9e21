package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.QuoteFacts;
import org.claimcheck.rules.compare.QuotePair;

/** {@code quote-speaker-mismatch}: the same words put in two different mouths. */
public final class QuoteSpeakerMismatchRule implements Rule {
    static final RuleInfo INFO = new RuleInfo("quote-speaker-mismatch", "QuoteSpeakerMismatch",
            "The same quotation is attributed to different speakers.",
            "Statements of different articles are compared word by word. When the words are the same (at least "
                    + Math.round(QuoteFacts.SAME_WORDS * 100) + "% of the words in place, or one "
                    + "is a word-for-word excerpt of the other) and at least one is a direct quotation, the "
                    + "speakers must be the same person; name variants (Zelensky / Zelenskyy) and declared aliases "
                    + "count as the same.",
            "Check who said it in the original source and correct the attribution.",
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<Finding> findings = new ArrayList<>();
        Map<AttributionClaim, Boolean> reported = new IdentityHashMap<>();
        for (QuotePair pair : input.quotePairs().get()) {
            AttributionClaim a = pair.first();
            AttributionClaim b = pair.second();
            boolean named = a.speaker() != null && b.speaker() != null;
            if (!pair.sameWords() || !named || pair.sameSpeaker() || !(a.direct() || b.direct())
                    || reported.put(b, true) != null) {
                continue;
            }
            String message = "\"" + shortQuote(b) + "\" is attributed to " + QuoteMessages.speaker(b) + " ("
                    + Describe.where(b) + ") but to " + QuoteMessages.speaker(a) + " (" + Describe.where(a) + ").";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(a, b), message,
                    "The two statements give the same words. " + QuoteMessages.evidence(a, b)));
        }
        return findings;
    }

    private static String shortQuote(AttributionClaim claim) {
        String quote = claim.quote();
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "…";
    }
}
