package org.claimcheck.rules.compare;

import java.util.regex.Pattern;

/**
 * Sentences that announce another event than the story's ("Separately, a drone attack on a barracks …", "In a
 * separate attack on the port …", "the separate Cutter Creek Fire", "a second, unrelated blaze"; not "unrelated to the
 * merger"), give a rival's or a sister's figures ("a rival vaccine from Brenmark Pharma was 71 percent effective", "the
 * sister ship, Coral Empress"; not the story's own rival, "its smaller rival Corvina Air") or set another's figures
 * against the story's ("Reservoirs in the Tesk region, by contrast, stand at 64%"), open on another place's
 * news ("Elsewhere in the state, …") or open on an earlier event ("Last summer's heatwave, which peaked …, was blamed
 * for 41 deaths", "A year ago, …"), and claims in a clause about
 * an event months or years before ("The rise comes a year after the board approved a 3 percent increase"): they are
 * facts of that other event and are keyed apart.
 */
final class SeparateEvent {
    private static final GuardedPattern MARKER = GuardedPattern.of(
            "\\b(separately|(a|the|another) separate|unrelated(?! to\\b)|for comparison|(by|in) contrast"
            + "|(a|an|one) (\\w+ )?(rival|competitor)|sister (ship|company|airline|plant|site))\\b",
            "separate", "unrelated", "comparison", "contrast", "rival", "competitor", "sister");
    /** "Elsewhere in the state, a $52 million retrofit …": a sentence opening on another place's news. */
    private static final Pattern ELSEWHERE_OPENING = Pattern.compile("^elsewhere\\b");
    private static final Pattern EARLIER_OPENING = Pattern.compile("^((in|during) )?(((last|the previous|the prior) "
            + "(year|summer|winter|spring|autumn|season|month|week)(['’]s)?)|a year (ago|earlier))\\b");

    /**
     * "a year after the board approved", "two years after", "months after": the words opening a clause about an event
     * months or years before the story's, with no comma between them and the claim.
     */
    private static final Pattern EARLIER_CLAUSE = Pattern.compile(
            "\\b(a|one|two|three|four|five|six|several|some|\\d+) (months?|years?) after\\b[^,;]*$");
    private static final int CLAUSE_REACH = 80;

    private SeparateEvent() {
    }

    /** "|separate" for a claim in such a sentence, nothing otherwise: a suffix for fact keys. */
    static String keySuffix(SentenceWords words) {
        String sentence = words.sentence();
        boolean separate = MARKER.find(sentence) || EARLIER_OPENING.matcher(sentence).lookingAt()
                || ELSEWHERE_OPENING.matcher(sentence).lookingAt()
                || sentence.contains(" after ") && EARLIER_CLAUSE.matcher(words.before(CLAUSE_REACH)).find();
        return separate ? "|separate" : "";
    }
}
