package org.claimcheck.rules.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which temperature a reading is: the night's low ("night-time temperatures have not fallen below 29°C", "an
 * overnight minimum of 12C"), a body's ("core temperatures above 41 degrees", "a fever of 39C") or the day's. Each
 * is a fact of its own: a night's low is no misstated record high.
 */
final class TemperatureKind {
    /** Words naming the low or the high of a day; the last one before a reading says which it is. */
    private static final Pattern LOW_OR_HIGH = Pattern.compile("\\b((night|nights|night-time|nighttime|overnight"
            + "|minimum|minimums|low|lows)|high|highs|maximum|maximums|peak|peaked|record|hottest|afternoon|daytime)\\b");
    private static final Pattern BODY = Pattern.compile("\\b((core|body) temperatures?|fever)\\b");
    private static final int REACH = 100;

    private TemperatureKind() {
    }

    /** "|low" or "|body" for a reading of that kind, nothing for the day's temperature. */
    static String keySuffix(SentenceWords words) {
        String before = words.before(REACH);
        if (BODY.matcher(before).find()) {
            return "|body";
        }
        Matcher named = LOW_OR_HIGH.matcher(before);
        boolean low = false;
        while (named.find()) {
            low = named.group(2) != null;
        }
        return low ? "|low" : "";
    }
}
