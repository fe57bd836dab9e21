package org.claimcheck.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text at runs of whitespace exactly as {@code String.split("\\s+")} does (space, tab, line feed, vertical
 * tab, form feed and carriage return), by one pass over the characters rather than a regular expression.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * The pieces of {@code text} between runs of whitespace; text that starts with whitespace gives an empty first
     * piece, and whitespace at the end gives none.
     */
    public static String[] split(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        boolean found = false;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            found = true;
            pieces.add(text.substring(start, i));
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (!found) {
            return new String[] {text};
        }
        pieces.add(text.substring(start));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(String[]::new);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
