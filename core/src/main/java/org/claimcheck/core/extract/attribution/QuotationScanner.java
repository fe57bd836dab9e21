package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages in body text by one linear scan. Straight, curly and angle double marks are read by
 * their surroundings rather than their shape, so a mis-curled closing mark still closes: a mark after a letter or
 * punctuation closes an open quotation; a mark before a word opens one. A quotation never crosses a line break,
 * except that a paragraph left open and followed by a paragraph that starts with a mark continues it, as newswriting
 * does for quotations of several paragraphs. Single quotation marks are left alone: they are nested quotes or
 * apostrophes.
 */
final class QuotationScanner {
    private QuotationScanner() {
    }

    /** The quotations of {@code body}, in text order. */
    static List<Quotation> scan(String body) {
        List<Quotation> quotations = new ArrayList<>();
        List<int[]> pending = new ArrayList<>();
        int open = -1;
        int length = body.length();
        for (int i = 0; i < length; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                if (open >= 0) {
                    pending.add(new int[] {open, trimEnd(body, open, i)});
                    open = -1;
                }
                if (!pending.isEmpty() && !startsWithMark(body, i)) {
                    quotations.add(new Quotation(pending, false));
                    pending = new ArrayList<>();
                }
                continue;
            }
            if (!isDoubleMark(c)) {
                continue;
            }
            if (open < 0) {
                if (opens(body, i)) {
                    open = i + 1;
                }
            } else {
                pending.add(new int[] {open, i});
                quotations.add(new Quotation(pending, true));
                pending = new ArrayList<>();
                open = -1;
            }
        }
        if (open >= 0) {
            pending.add(new int[] {open, trimEnd(body, open, length)});
        }
        if (!pending.isEmpty()) {
            quotations.add(new Quotation(pending, false));
        }
        return quotations;
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** A mark opens when a word (not a space or line end) follows it. */
    private static boolean opens(String body, int at) {
        return at + 1 < body.length() && !Character.isWhitespace(body.charAt(at + 1));
    }

    /** Whether the line after the break at {@code lineBreak} starts with a double mark (blank lines skipped). */
    private static boolean startsWithMark(String body, int lineBreak) {
        int i = lineBreak + 1;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < body.length() && isDoubleMark(body.charAt(i));
    }

    private static int trimEnd(String body, int from, int to) {
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
