package org.claimcheck.rules.compare;

import java.util.regex.Pattern;

/**
 * Whether a percentage measures a fall ("prices dropped 1.9 percent", "a 3.1 percent decline") rather than a rise or
 * a level. A fall and a rise of one measure are facts of their own: "rose 7.4 percent" is not a misstated "dropped 1.9
 * percent" of another year.
 */
final class Direction {
    /** The words before a fall: "fell", "dropped by", "down". */
    private static final GuardedPattern FALL_BEFORE = GuardedPattern.of("\\b(fell|fallen|falls?|dropped|drops?|declined"
            + "|declines?|decreased|decreases?|slid|slides?|slipped|slips?|sank|sinks?|plunged|plummeted|tumbled"
            + "|shrank|shrunk|contracted|down)( by)?\\s*$",
            "fell", "fall", "drop", "declin", "decreas", "sli", "sank", "sink", "plunged", "plummeted", "tumbled",
            "shr", "contracted", "down");
    /** The words after a fall: "a 3.1 percent decline". */
    private static final Pattern FALL_AFTER = Pattern.compile("^\\s*(fall|drop|decline|decrease|slide|contraction)\\b");
    private static final int NEARBY = 16;

    private Direction() {
    }

    /** "|down" for a percentage that measures a fall, nothing otherwise. */
    static String keySuffix(SentenceWords words) {
        boolean fall = FALL_BEFORE.find(words.before(NEARBY))
                || FALL_AFTER.matcher(words.after(NEARBY)).lookingAt();
        return fall ? "|down" : "";
    }
}
