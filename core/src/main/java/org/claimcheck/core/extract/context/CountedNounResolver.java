package org.claimcheck.core.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.text.Token;

/**
 * Completes what a number counts when the number's own phrase does not say: "wounded 45 others" and "killed four
 * people and injured 37" count what the sentence's previous number counted, "the number of Russian servicemen
 * killed has risen to 21" counts servicemen.
 */
final class CountedNounResolver {
    private static final Set<String> STAND_INS = Set.of("other", "others", "them", "more");
    private static final Set<String> AGGREGATES = Set.of("number", "toll", "total", "count", "tally");
    private static final CountedNoun PEOPLE = new CountedNoun("people", "people", List.of());

    QuantityClaim resolve(SentenceTokens tokens, QuantityClaim claim, QuantityClaim previousInSentence) {
        String head = claim.noun().head();
        boolean missing = head == null || STAND_INS.contains(head);
        if (!missing) {
            return claim;
        }
        CountedNoun found = null;
        boolean casualtyList = previousInSentence != null && isCasualty(claim) && isCasualty(previousInSentence);
        if ((head != null || casualtyList) && previousInSentence != null && previousInSentence.noun().head() != null) {
            found = previousInSentence.noun();
        }
        if (found == null) {
            found = aggregateOf(tokens, tokens.firstOverlapping(claim.mention().span()));
        }
        if (found == null) {
            return claim;
        }
        Amount amount = claim.amount();
        if (amount.dimension() == Dimension.COUNT) {
            amount = new Amount(amount.value(), amount.upper(), amount.qualifier(), amount.dimension(), found.head(),
                    amount.baseValue(), amount.baseUpper());
        }
        return new QuantityClaim(claim.id(), claim.mention(), amount, found, claim.context());
    }

    /** Whether the number counts victims of its event: "killed four people and injured 37". */
    private static boolean isCasualty(QuantityClaim claim) {
        String predicate = claim.context().predicate();
        return claim.amount().dimension() == Dimension.COUNT && predicate != null
                && ContextAnalyzer.CASUALTIES.contains(predicate);
    }

    /**
     * "the number of Russian servicemen killed …" before the number; a death toll without "of" ("the death toll has
     * risen to six") counts people.
     */
    private static CountedNoun aggregateOf(SentenceTokens tokens, int claimStart) {
        for (int i = 0; i + 1 < claimStart; i++) {
            if (AGGREGATES.contains(tokens.get(i).lemma()) && tokens.get(i + 1).lemma().equals("of")) {
                return nounPhrase(tokens, i + 2);
            }
        }
        for (int i = 0; i < claimStart; i++) {
            if (tokens.get(i).lemma().equals("toll")) {
                return PEOPLE;
            }
        }
        return null;
    }

    /** Adjectives and nouns from {@code start}; the last noun is the head. */
    private static CountedNoun nounPhrase(SentenceTokens tokens, int start) {
        int end = start;
        int head = -1;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            if (token.isNoun()) {
                head = end;
            } else if (!token.isAdjective()) {
                break;
            }
            end++;
        }
        if (head < 0) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (int i = start; i < head; i++) {
            modifiers.add(tokens.get(i).text());
        }
        return new CountedNoun(tokens.phrase(start, head + 1), tokens.get(head).lemma(), modifiers);
    }
}
