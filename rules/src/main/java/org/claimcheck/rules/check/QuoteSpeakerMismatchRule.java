package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
                    + "count as the same. A quotation that runs over several sentences is reported once, at its "
                    + "first sentence found in another mouth.",
            "Check who said it in the original source and correct the attribution.",
            Severity.WARNING);

    private static final Comparator<QuotePair> IN_TEXT_ORDER = Comparator
            .comparingInt((QuotePair pair) -> pair.second().mention().span().line())
            .thenComparingInt(pair -> pair.second().mention().span().start());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        Map<Statement, QuotePair> firstPerStatement = new LinkedHashMap<>();
        for (QuotePair pair : input.quotePairs().get()) {
            AttributionClaim a = pair.first();
            AttributionClaim b = pair.second();
            boolean named = a.speaker() != null && b.speaker() != null;
            if (!pair.sameWords() || !named || pair.sameSpeaker() || !(a.direct() || b.direct())) {
                continue;
            }
            firstPerStatement.merge(Statement.of(b), pair,
                    (known, found) -> IN_TEXT_ORDER.compare(found, known) < 0 ? found : known);
        }
        List<Finding> findings = new ArrayList<>();
        for (QuotePair pair : firstPerStatement.values()) {
            AttributionClaim a = pair.first();
            AttributionClaim b = pair.second();
            String message = "\"" + shortQuote(b) + "\" is attributed to " + QuoteMessages.speaker(b) + " ("
                    + Describe.where(b) + ") but to " + QuoteMessages.speaker(a) + " (" + Describe.where(a) + ").";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(a, b), message,
                    "The two statements give the same words. " + QuoteMessages.evidence(a, b)));
        }
        return findings;
    }

    /**
     * The statement a claim comes from, known by its document and where its speaker is named: a quotation that runs
     * over several sentences gives one claim per sentence, all with one speaker, and is reported once, at its first
     * sentence found in another mouth; a claim whose speaker is named nowhere stands for itself ({@code claimAt} is
     * its start, -1 otherwise). Each claim is reported against the first statement it was paired with.
     */
    private record Statement(String document, int speakerAt, int claimAt) {
        static Statement of(AttributionClaim claim) {
            return claim.speakerSpan() == null
                    ? new Statement(claim.mention().documentId(), -1, claim.mention().span().start())
                    : new Statement(claim.mention().documentId(), claim.speakerSpan().start(), -1);
        }
    }

    private static String shortQuote(AttributionClaim claim) {
        String quote = claim.quote();
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "…";
    }
}
