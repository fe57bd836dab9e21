package org.claimcheck.core.text;

import java.util.Set;

/**
 * The points of the compass, as words that say where rather than what: "22 kilometres south-west of Calbrin", "3
 * kilometres east of Tolbridge". Lower case, with and without a hyphen.
 */
public final class CompassPoints {
    private static final Set<String> WORDS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    private CompassPoints() {
    }

    /** Whether the lower-case {@code word} is a point of the compass. */
    public static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
