package org.claimcheck.core.text;

import java.util.regex.Pattern;

/**
 * Splits text at runs of whitespace exactly as {@code String.split("\\s+")} does, with the pattern compiled once
 * rather than at every call.
 */
public final class Whitespace {
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /**
     * The pieces of {@code text} between runs of whitespace; text that starts with whitespace gives an empty first
     * piece.
     */
    public static String[] split(String text) {
        return RUNS.split(text);
    }
}
