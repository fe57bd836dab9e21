package org.claimcheck.core.extract.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in body text by one linear scan. Straight, curly and angle double marks are read by their
 * surroundings rather than their shape, so a mis-curled closing mark still closes: a mark after a letter or
 * punctuation closes an open quotation; a mark before a word opens one. A quotation never crosses a line break,
 * except that a paragraph left open and followed by a paragraph that starts with a mark continues it, as newswriting
 * does for quotations of several paragraphs. A body that holds no double mark quotes with single marks, as British
 * newswriting does ("‘We will not hesitate,’ she said."): a single mark opens before a word at a word's start and
 * closes after the quoted words where no letter follows, so apostrophes ("Tuesday’s", "the workers’ pay") neither
 * open nor close, and a single-marked passage left open at its paragraph's end is dropped. In a body with double
 * marks, single marks are nested quotes or apostrophes and are left alone.
 */
final class QuotationScanner {
    private static final String BEFORE_OPENING = "([\u2014\u2013-";
    private static final String AFTER_CLOSING_PUNCTUATION = ",.;:!?\u2014\u2026";

    private QuotationScanner() {
    }

    /** The quotations of {@code body}, in text order. */
    static List<Quotation> scan(String body) {
        boolean single = body.chars().noneMatch(c -> isDoubleMark((char) c));
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
                if (!pending.isEmpty() && !startsWithMark(body, i, single)) {
                    keepUnclosed(quotations, pending, single);
                    pending = new ArrayList<>();
                }
                continue;
            }
            if (open < 0) {
                if (single ? opensSingle(body, i) : isDoubleMark(c) && opens(body, i)) {
                    open = i + 1;
                }
            } else if (single ? closesSingle(body, i) : isDoubleMark(c)) {
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
            keepUnclosed(quotations, pending, single);
        }
        return quotations;
    }

    /** A quotation left open at its paragraph's end counts with double marks; with single ones it was an apostrophe. */
    private static void keepUnclosed(List<Quotation> quotations, List<int[]> pending, boolean single) {
        if (!single) {
            quotations.add(new Quotation(pending, false));
        }
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** A mark opens when a word (not a space or line end) follows it. */
    private static boolean opens(String body, int at) {
        return at + 1 < body.length() && !Character.isWhitespace(body.charAt(at + 1));
    }

    /**
     * A single mark opens at a word's start, before a letter or digit: a curly one before any word, a straight one
     * before a capital ("the '90s" and "rock 'n' roll" open nothing).
     */
    private static boolean opensSingle(String body, int at) {
        char c = body.charAt(at);
        if (c != '\u2018' && c != '\'' || at + 1 >= body.length()) {
            return false;
        }
        boolean wordStart = at == 0 || Character.isWhitespace(body.charAt(at - 1))
                || BEFORE_OPENING.indexOf(body.charAt(at - 1)) >= 0;
        char next = body.charAt(at + 1);
        return wordStart && (c == '\u2018' ? Character.isLetterOrDigit(next) : Character.isUpperCase(next));
    }

    /**
     * A single mark closes after the quoted words where no letter follows it; after an "s" and before a word in lower
     * case it is a plural's apostrophe ("the workers’ pay").
     */
    private static boolean closesSingle(String body, int at) {
        char c = body.charAt(at);
        if (c != '\u2019' && c != '\'' || at == 0 || Character.isWhitespace(body.charAt(at - 1))) {
            return false;
        }
        if (at + 1 >= body.length()) {
            return true;
        }
        char next = body.charAt(at + 1);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        char previous = body.charAt(at - 1);
        boolean possessive = previous == 's' && next == ' ' && at + 2 < body.length()
                && Character.isLowerCase(body.charAt(at + 2));
        return AFTER_CLOSING_PUNCTUATION.indexOf(previous) >= 0 || !possessive;
    }

    /** Whether the line after the break at {@code lineBreak} starts with an opening mark (blank lines skipped). */
    private static boolean startsWithMark(String body, int lineBreak, boolean single) {
        int i = lineBreak + 1;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i < body.length() && (single ? opensSingle(body, i) : isDoubleMark(body.charAt(i)));
    }

    private static int trimEnd(String body, int from, int to) {
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
