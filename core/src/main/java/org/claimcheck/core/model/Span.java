package org.claimcheck.core.model;

/**
 * A range of a source file: UTF-16 offsets into the file's full text ({@code start} inclusive, {@code end}
 * exclusive) and the 1-based line and column of {@code start}.
 */
public record Span(int start, int end, int line, int column) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** Number of UTF-16 code units covered. */
    public int length() {
        return end - start;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
