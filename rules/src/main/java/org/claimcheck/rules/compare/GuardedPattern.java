package org.claimcheck.rules.compare;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only on texts that hold one of its cues: literal words that every match contains ("compared",
 * "versus", "than" for "compared with", "versus" and "more than the"). Most texts hold none of them, and a few
 * substring searches cost far less than trying a pattern of many alternatives at every position of the text.
 *
 * @param pattern the pattern
 * @param cues    words of which every match of {@code pattern} contains at least one, as written in the text
 */
record GuardedPattern(Pattern pattern, List<String> cues) {

    /** A pattern with the words any of its matches contains. */
    static GuardedPattern of(String regex, String... cues) {
        return new GuardedPattern(Pattern.compile(regex), List.of(cues));
    }

    /** Whether {@code text} holds one of the cues, which any match needs. */
    boolean mayMatch(String text) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern occurs in {@code text}. */
    boolean find(String text) {
        return mayMatch(text) && pattern.matcher(text).find();
    }

    /** A matcher over {@code text}; check {@link #mayMatch} first to spare texts without a cue. */
    Matcher matcher(String text) {
        return pattern.matcher(text);
    }
}
