package org.claimcheck.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into paragraphs at line breaks. A line break joins two lines of one paragraph only when it is a hard
 * wrap inside a sentence: the first line ends in a lower-case letter, comma or hyphen and the next begins in lower
 * case or with a digit.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** {start, end} pairs of the non-blank paragraphs of {@code text}. */
    static List<int[]> of(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean crBeforeLf = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crBeforeLf && !isHardWrap(text, i)) {
                addIfNotBlank(text, start, i, paragraphs);
                start = i + 1;
            }
        }
        addIfNotBlank(text, start, length, paragraphs);
        return paragraphs;
    }

    private static boolean isHardWrap(String text, int lineBreak) {
        int before = lineBreak - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t' || text.charAt(before) == '\r')) {
            before--;
        }
        int after = lineBreak + 1;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= text.length()) {
            return false;
        }
        char last = text.charAt(before);
        char next = text.charAt(after);
        boolean openEnd = Character.isLowerCase(last) || last == ',' || last == '-';
        return openEnd && (Character.isLowerCase(next) || Character.isDigit(next));
    }

    private static void addIfNotBlank(String text, int start, int end, List<int[]> out) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                out.add(new int[] {start, end});
                return;
            }
        }
    }
}
