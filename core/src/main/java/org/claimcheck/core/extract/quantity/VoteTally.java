package org.claimcheck.core.extract.quantity;

import java.util.List;
import java.util.Set;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.Qualifier;

/**
 * Reads a vote tally: two whole numbers joined by a hyphen or dash ("voted 6-3", "a 4–1 decision", "failed 3-6")
 * with a word of voting right before or after them. Without one, two numbers joined that way are a score or an
 * identifier ("won 3-1", "F-16"), never read.
 */
final class VoteTally {
    /** Words right before a tally that make it one: "voted 6-3", "defeated 6-2". */
    private static final Set<String> BEFORE = Set.of("vote", "voted", "votes", "voting", "passed", "approved",
            "adopted", "defeated", "rejected", "failed", "backed", "carried", "ruled", "split", "endorsed");
    /** Words right after a tally that make it one: "a 6-3 vote", "a 4-1 decision". */
    private static final Set<String> AFTER = Set.of("vote", "votes", "decision", "ruling", "verdict", "majority",
            "tally");
    /** How many lexemes a tally takes: number, dash, number. */
    static final int LEXEMES = 3;
    /** The most digits of each side of a tally. */
    private static final int MAX_DIGITS = 3;

    private VoteTally() {
    }

    /**
     * The tally whose first number is lexeme {@code k}, or {@code null}: its value is the first number, its upper the
     * second, its unit "vote".
     */
    static ScannedQuantity at(List<Lexeme> lex, int k) {
        if (k + 2 >= lex.size() || !isSide(lex.get(k)) || !lex.get(k + 1).isDash() || lex.get(k + 1).spaced()
                || !isSide(lex.get(k + 2)) || lex.get(k + 2).spaced()) {
            return null;
        }
        boolean before = k > 0 && lex.get(k - 1).isWord() && BEFORE.contains(lex.get(k - 1).lower());
        boolean after = k + 3 < lex.size() && lex.get(k + 3).isWord() && AFTER.contains(lex.get(k + 3).lower());
        if (!before && !after) {
            return null;
        }
        double first = Double.parseDouble(lex.get(k).text());
        double second = Double.parseDouble(lex.get(k + 2).text());
        return new ScannedQuantity(lex.get(k).start(), lex.get(k + 2).end(), first, second, Qualifier.EXACT,
                Dimension.TALLY, "vote", first, second, false);
    }

    private static boolean isSide(Lexeme lexeme) {
        return lexeme.isNumber() && lexeme.text().length() <= MAX_DIGITS
                && lexeme.text().chars().allMatch(Character::isDigit);
    }
}
