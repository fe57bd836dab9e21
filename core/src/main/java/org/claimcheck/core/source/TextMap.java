package org.claimcheck.core.source;

import java.util.Arrays;

/**
 * Clean article text together with the source-file offset of every character, so that anything found in the clean
 * text can be located exactly in the file. Built with {@link Builder}; immutable once built.
 */
public final class TextMap {
    private final String text;
    /** offsets[i] is the file offset of text.charAt(i); offsets[text.length()] is the file offset just past the last. */
    private final int[] offsets;
    /** ends[i] is the file offset just past the file text that text.charAt(i) stands for. */
    private final int[] ends;

    private TextMap(String text, int[] offsets, int[] ends) {
        this.text = text;
        this.offsets = offsets;
        this.ends = ends;
    }

    /** A map whose text is a verbatim slice {@code [from, to)} of the file text. */
    public static TextMap slice(String fileText, int from, int to) {
        Builder builder = new Builder();
        builder.appendSource(fileText, from, to);
        return builder.build();
    }

    /** The clean text. */
    public String text() {
        return text;
    }

    /** The file offset of the clean-text character at {@code index} ({@code index == length} gives the end). */
    public int toSource(int index) {
        return offsets[index];
    }

    /** The file offset just past the clean-text range ending at {@code endExclusive}. */
    public int toSourceEnd(int endExclusive) {
        if (endExclusive == 0) {
            return offsets[0];
        }
        return ends[endExclusive - 1];
    }

    /** Builds a {@link TextMap} piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        private int[] ends = new int[64];

        /** Appends file text {@code [from, to)} verbatim. */
        public Builder appendSource(String fileText, int from, int to) {
            for (int i = from; i < to; i++) {
                append(fileText.charAt(i), i);
            }
            return this;
        }

        /** Appends one character that stands for the file character at {@code sourceOffset}. */
        public Builder append(char c, int sourceOffset) {
            return append(c, sourceOffset, sourceOffset + 1);
        }

        /**
         * Appends one character that stands for the file text {@code [sourceStart, sourceEnd)}, such as a decoded
         * entity ({@code &amp;}) or escape ({@code \n}).
         */
        public Builder append(char c, int sourceStart, int sourceEnd) {
            ensure(text.length() + 2);
            offsets[text.length()] = sourceStart;
            ends[text.length()] = sourceEnd;
            text.append(c);
            return this;
        }

        /**
         * Appends a separator that exists in no file position (a paragraph break between blocks); it maps to the
         * empty range just after the previous character, which may be the end of the file.
         */
        public Builder appendBreak(String separator) {
            int at = text.length() == 0 ? 0 : ends[text.length() - 1];
            for (int i = 0; i < separator.length(); i++) {
                append(separator.charAt(i), at, at);
            }
            return this;
        }

        /** Current length of the clean text. */
        public int length() {
            return text.length();
        }

        /** Whether the clean text so far ends with {@code suffix}. */
        public boolean endsWith(String suffix) {
            int n = suffix.length();
            return text.length() >= n && text.substring(text.length() - n).equals(suffix);
        }

        /** Builds the map; {@code sourceEnd} is the file offset just past the last character. */
        public TextMap build() {
            int n = text.length();
            ensure(n + 1);
            offsets[n] = n == 0 ? 0 : ends[n - 1];
            return new TextMap(text.toString(), Arrays.copyOf(offsets, n + 1), Arrays.copyOf(ends, n));
        }

        private void ensure(int capacity) {
            if (offsets.length < capacity) {
                offsets = Arrays.copyOf(offsets, Math.max(capacity, offsets.length * 2));
                ends = Arrays.copyOf(ends, offsets.length);
            }
        }
    }
}
