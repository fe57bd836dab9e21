package org.claimcheck.core.source;

import java.util.Arrays;

/**
 * Turns offsets into 1-based line and column numbers. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r};
 * columns count UTF-16 code units, as SARIF and most editors do.
 */
public final class LineIndex {
    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    /** Indexes the line starts of {@code text}. */
    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** Number of lines. */
    public int lineCount() {
        return lineStarts.length;
    }
}
