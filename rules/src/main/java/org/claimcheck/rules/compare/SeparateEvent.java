package org.claimcheck.rules.compare;

import java.util.regex.Pattern;

/**
 * Sentences that announce another event than the story's ("Separately, a drone attack on a barracks …", "In a
 * separate attack on the port …", "the separate Cutter Creek Fire", "a second, unrelated blaze"; not "unrelated to the
 * merger") or open on an earlier one ("Last summer's heatwave, which peaked …, was blamed for 41 deaths", "A year
 * ago, …"): their claims are facts of that other event and are keyed apart.
 */
final class SeparateEvent {
    private static final Pattern MARKER = Pattern.compile(
            "\\b(separately|(a|the|another) separate|unrelated(?! to\\b))\\b");
    private static final Pattern EARLIER_OPENING = Pattern.compile("^((in|during) )?(((last|the previous|the prior) "
            + "(year|summer|winter|spring|autumn|season|month|week)(['’]s)?)|a year (ago|earlier))\\b");

    private SeparateEvent() {
    }

    /** "|separate" for a claim in such a sentence, nothing otherwise: a suffix for fact keys. */
    static String keySuffix(SentenceWords words) {
        String sentence = words.sentence();
        boolean mayMark = sentence.contains("separate") || sentence.contains("unrelated");
        boolean separate = mayMark && MARKER.matcher(sentence).find() || EARLIER_OPENING.matcher(sentence).find();
        return separate ? "|separate" : "";
    }
}
