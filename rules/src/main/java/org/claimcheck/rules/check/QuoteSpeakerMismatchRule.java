package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
                    + "first sentence found in another mouth, and a quotation put in one mouth against several "
                    + "statements that give it to another is reported once, at the odd one out.",
            "Check who said it in the original source and correct the attribution.",
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        List<QuotePair> mismatches = new ArrayList<>();
        Map<Statement, Integer> disagreements = new HashMap<>();
        for (QuotePair pair : input.quotePairs().get()) {
            AttributionClaim a = pair.first();
            AttributionClaim b = pair.second();
            boolean named = a.speaker() != null && b.speaker() != null;
            if (pair.sameWords() && named && !pair.sameSpeaker() && (a.direct() || b.direct())) {
                mismatches.add(pair);
                disagreements.merge(Statement.of(a), 1, Integer::sum);
                disagreements.merge(Statement.of(b), 1, Integer::sum);
            }
        }
        Comparator<QuotePair> inTextOrder = Comparator
                .comparingInt((QuotePair pair) -> odd(pair, disagreements).mention().span().line())
                .thenComparingInt(pair -> odd(pair, disagreements).mention().span().start());
        Map<Statement, QuotePair> firstPerStatement = new LinkedHashMap<>();
        for (QuotePair pair : mismatches) {
            firstPerStatement.merge(Statement.of(odd(pair, disagreements)), pair,
                    (known, found) -> inTextOrder.compare(found, known) < 0 ? found : known);
        }
        List<Finding> findings = new ArrayList<>();
        for (QuotePair pair : firstPerStatement.values()) {
            AttributionClaim odd = odd(pair, disagreements);
            AttributionClaim other = odd == pair.second() ? pair.first() : pair.second();
            String message = "\"" + shortQuote(odd) + "\" is attributed to " + QuoteMessages.speaker(odd) + " ("
                    + Describe.where(odd) + ") but to " + QuoteMessages.speaker(other) + " (" + Describe.where(other)
                    + ").";
            findings.add(FindingBuilder.finding(INFO.id(), input.severity(), List.of(pair.first(), pair.second()),
                    message, "The two statements give the same words. " + QuoteMessages.evidence(pair.first(),
                            pair.second())));
        }
        return findings;
    }

    /**
     * The claim of the pair whose statement disagrees with more statements: the quotation put in another mouth, which
     * is reported once however many statements give the words to their speaker; the later claim on a tie.
     */
    private static AttributionClaim odd(QuotePair pair, Map<Statement, Integer> disagreements) {
        int first = disagreements.get(Statement.of(pair.first()));
        int second = disagreements.get(Statement.of(pair.second()));
        return first > second ? pair.first() : pair.second();
    }

    /**
     * The statement a claim comes from, known by its document and where its speaker is named: a quotation that runs
     * over several sentences gives one claim per sentence, all with one speaker, and is reported once, at its first
     * sentence found in another mouth; a claim whose speaker is named nowhere stands for itself ({@code claimAt} is
     * its start, -1 otherwise).
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
