package org.claimcheck.rules.compare;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure is to those who state it, when it is not simply what happened: demanded ("the union wants a 15%
 * pay rise"), offered or recommended ("the ministry has offered 4.5%", "put 4.5% on the table", "a review had
 * recommended 55 wardens"), accepted ("teachers accepted a 6 percent rise"; not "agreed to buy it for $56.50", which
 * says what will be paid), aimed at ("the bank targets inflation of
 * 2 per cent") or expected ("highs of around 34C expected by Tuesday").
 * Each is a fact of its own, so a demand is never compared with an offer, nor a forecast or a target with a reading.
 * The nearest such word in the figure's clause decides.
 */
final class Stance {
    /** The stances, each the name of its group in {@link #STANCE}. */
    private static final List<String> STANCES = List.of("demand", "offer", "accept", "target", "forecast");
    /** The words of each stance, one alternative per stance, read in one pass over the clause. */
    private static final GuardedPattern STANCE = GuardedPattern.of("\\b(?:"
            + "(?<demand>wants?|wanted|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|ask(?:s|ed|ing)? for"
            + "|call(?:s|ed|ing)? for|hold(?:s|ing)? out for|held out for)"
            + "|(?<offer>offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|on the table|recommend(?:s|ed|ing|ation)?|tabled)"
            + "|(?<accept>accept(?:s|ed|ing)?|agreed(?!(?: [\\w.]+){0,2} to (?!(?:a|an|the)\\b|[\\d$£€])[a-z])"
            + "|settled for)"
            + "|(?<target>targets?|targeted|targeting|aim(?:s|ed|ing)? (?:for|at)|goal)"
            + "|(?<forecast>forecasts?|forecasters?|expect(?:s|ed|ing)?|predict(?:s|ed|ing)?|projected"
            + "|projections?))\\b",
            "want", "demand", "seek", "sought", "ask", "call", "hold", "held", "offer", "propos", "table", "recommend",
            "accept", "agreed", "settled", "target", "aim", "goal", "forecast", "expect", "predict", "project");
    /** How far before and after the figure its clause is read, in characters. */
    private static final int BEFORE = 60;
    private static final int AFTER = 30;

    private Stance() {
    }

    /** "|demand", "|offer", "|accept", "|target" or "|forecast" for a figure with such a word in its clause. */
    static String keySuffix(SentenceWords words) {
        String before = clauseEnd(words.before(BEFORE), true);
        String after = clauseEnd(words.after(AFTER), false);
        String nearest = "";
        int distance = Integer.MAX_VALUE;
        if (STANCE.mayMatch(before)) {
            Matcher inBefore = STANCE.matcher(before);
            while (inBefore.find()) {
                distance = before.length() - inBefore.end();
                nearest = stanceOf(inBefore);
            }
        }
        if (STANCE.mayMatch(after)) {
            Matcher inAfter = STANCE.matcher(after);
            if (inAfter.find() && inAfter.start() < distance) {
                nearest = stanceOf(inAfter);
            }
        }
        return nearest.isEmpty() ? "" : "|" + nearest;
    }

    /** The stance whose words {@code match} found. */
    private static String stanceOf(Matcher match) {
        for (String stance : STANCES) {
            if (match.group(stance) != null) {
                return stance;
            }
        }
        throw new IllegalStateException("a match of no stance: " + match.group());
    }

    /** The part of the text within the figure's clause: after the last ";" before it, before the first ";" after it. */
    private static String clauseEnd(String text, boolean before) {
        int semicolon = before ? text.lastIndexOf(';') : text.indexOf(';');
        if (semicolon < 0) {
            return text;
        }
        return before ? text.substring(semicolon + 1) : text.substring(0, semicolon);
    }
}
