package org.claimcheck.core.source;

/**
 * Builds a document body character by character, each character tied to its file offset. Paragraphs are separated
 * by exactly one blank line; runs of whitespace become one space and none is kept at a paragraph's edges; the
 * machine-translation placeholder {@code XNUMX} is dropped; a paragraph longer than {@link #LONG_PARAGRAPH} is cut
 * at the next sentence end so that later stages never see one huge paragraph. Not thread-safe: one per document.
 */
final class BodyBuilder {
    /** Paragraph length after which a paragraph is cut at the next sentence end. */
    static final int LONG_PARAGRAPH = 4000;
    private static final String PLACEHOLDER = "XNUMX";

    private final TextMap.Builder map = new TextMap.Builder();
    private int paragraphStart;
    private boolean breakPending;
    private int pendingSpace = -1;
    private int lastEnd;
    /** The last character appended: a no-break space right after a digit may separate thousands ("1 234"). */
    private char last;
    /** A no-break space after a digit, kept as such only when a digit follows it; -1 when there is none. */
    private int groupSpaceFrom = -1;
    private int groupSpaceTo;

    /** Starts a new paragraph before the next character. */
    void paragraphBreak() {
        groupSpaceFrom = -1;
        breakPending = true;
        pendingSpace = -1;
    }

    /** Appends a character standing for the file character at {@code offset}; whitespace collapses. */
    void character(char c, int offset) {
        character(c, offset, offset + 1);
    }

    /** Appends a character standing for the file text {@code [from, to)}; whitespace collapses. */
    void character(char c, int from, int to) {
        if (groupSpaceFrom >= 0) {
            int at = groupSpaceFrom;
            groupSpaceFrom = -1;
            if (Character.isDigit(c)) {
                map.append('\u00A0', at, groupSpaceTo);
            } else {
                space(at);
            }
        }
        if (c == '\u00A0' && pendingSpace < 0 && !breakPending && Character.isDigit(last)) {
            groupSpaceFrom = from;
            groupSpaceTo = to;
            return;
        }
        if (Character.isWhitespace(c) || c == '\u00A0') {
            space(from);
            return;
        }
        if (breakPending) {
            if (map.length() > 0) {
                map.appendBreak("\n\n");
            }
            paragraphStart = map.length();
            breakPending = false;
        } else if (pendingSpace >= 0 && map.length() > paragraphStart) {
            map.append(' ', pendingSpace);
        }
        pendingSpace = -1;
        map.append(c, from, to);
        last = c;
        lastEnd = to;
    }

    /** A word gap at file offset {@code offset}; it appears only between two visible characters. */
    void space(int offset) {
        if (pendingSpace < 0) {
            pendingSpace = offset;
        }
    }

    /** A word gap just after the last character appended (for breaks that have no file character of their own). */
    void spaceAfterLast() {
        space(lastEnd);
    }

    /**
     * Appends {@code text[from, to)}, whose character {@code i} stands for the file text {@code [starts[i],
     * ends[i])}; both arrays are {@code null} when the text is the file text itself.
     */
    void source(String text, int[] starts, int[] ends, int from, int to) {
        int i = from;
        while (i < to) {
            if (isPlaceholderAt(text, i, to)) {
                i += PLACEHOLDER.length();
                continue;
            }
            char c = text.charAt(i);
            if (map.length() - paragraphStart >= LONG_PARAGRAPH && isSentenceGap(text, i, to)) {
                paragraphBreak();
            } else if (starts == null) {
                character(c, i, i + 1);
            } else {
                character(c, starts[i], ends[i]);
            }
            i++;
        }
    }

    /** Whether nothing visible has been appended yet. */
    boolean isEmpty() {
        return map.length() == 0;
    }

    TextMap build() {
        return map.build();
    }

    private static boolean isPlaceholderAt(String text, int i, int to) {
        int end = i + PLACEHOLDER.length();
        return end <= to && text.startsWith(PLACEHOLDER, i)
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** A space after a full stop that ends a lower-case word (not "U.S."), before a capital letter. */
    private static boolean isSentenceGap(String text, int i, int to) {
        if (text.charAt(i) != ' ' || i == 0 || i + 1 >= to) {
            return false;
        }
        char before = text.charAt(i - 1);
        return (before == '.' || before == '!' || before == '?') && Character.isUpperCase(text.charAt(i + 1))
                && (i < 3 || Character.isLowerCase(text.charAt(i - 2)) && Character.isLowerCase(text.charAt(i - 3)));
    }
}
