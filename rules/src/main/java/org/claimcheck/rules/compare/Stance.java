package org.claimcheck.rules.compare;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure is to those who state it, when it is not simply what happened: demanded ("the union wants a 15%
 * pay rise"), offered or recommended ("the ministry has offered 4.5%", "put 4.5% on the table", "a review had
 * recommended 55 wardens"), accepted ("teachers accepted a 6 percent rise"), aimed at ("the bank targets inflation of
 * 2 per cent") or expected ("highs of around 34C expected by Tuesday").
 * Each is a fact of its own, so a demand is never compared with an offer, nor a forecast or a target with a reading.
 * The nearest such word in the figure's clause decides.
 */
final class Stance {
    /** The stances in a fixed order, so that ties between them always go the same way. */
    private static final List<Map.Entry<String, Pattern>> STANCES = List.of(
            Map.entry("demand", Pattern.compile("\\b(?:wants?|wanted|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought"
                    + "|ask(?:s|ed|ing)? for|call(?:s|ed|ing)? for|hold(?:s|ing)? out for|held out for)\\b")),
            Map.entry("offer", Pattern.compile("\\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|on the table"
                    + "|recommend(?:s|ed|ing|ation)?"
                    + "|tabled)\\b")),
            Map.entry("accept", Pattern.compile("\\b(?:accept(?:s|ed|ing)?|agreed|settled for)\\b")),
            Map.entry("target", Pattern.compile("\\b(?:targets?|targeted|targeting|aim(?:s|ed|ing)? (?:for|at)"
                    + "|goal)\\b")),
            Map.entry("forecast", Pattern.compile("\\b(?:forecasts?|forecasters?|expect(?:s|ed|ing)?"
                    + "|predict(?:s|ed|ing)?|projected|projections?)\\b")));
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
        for (Map.Entry<String, Pattern> stance : STANCES) {
            Matcher inBefore = stance.getValue().matcher(before);
            while (inBefore.find()) {
                if (before.length() - inBefore.end() < distance) {
                    distance = before.length() - inBefore.end();
                    nearest = stance.getKey();
                }
            }
            Matcher inAfter = stance.getValue().matcher(after);
            if (inAfter.find() && inAfter.start() < distance) {
                distance = inAfter.start();
                nearest = stance.getKey();
            }
        }
        return nearest.isEmpty() ? "" : "|" + nearest;
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
