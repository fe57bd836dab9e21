package org.claimcheck.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into words and punctuation the way the English Universal Dependencies treebank does, which is
 * what the part-of-speech model was trained on: opening and closing punctuation are tokens of their own, a final
 * period stays on abbreviations ("Mr.", "U.S.", "Aug."), hyphenated words split at the hyphen ("long - range") except
 * after a common prefix ("anti-tank") or before a digit ("F-16"), and dashes and word slashes split. Possessives and
 * contractions stay whole ("Russia’s", "haven’t"), as do numbers with their currency sign ("£21", "1,300", "4.2").
 * One pass over the text, no regular expressions.
 */
final class WordTokenizer {
    private static final String OPENING = "\"'“‘«([{`„‚";
    private static final String CLOSING = ".,;:!?\"”’»)]}…'%";
    private static final Set<String> PREFIXES = Set.of("anti", "non", "pre", "post", "co", "re", "ex", "self", "pro",
            "semi", "multi", "mid", "inter", "intra", "sub", "super", "ultra", "vice", "in");

    private WordTokenizer() {
    }

    /** The tokens of {@code text} as {@code [start, end)} offset pairs, in order. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        boolean singleQuoteOpen = false;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                char first = text.charAt(start);
                singleQuoteOpen |= first == '‘' || first == '\'';
                chunk(text, start, i, singleQuoteOpen, out);
            }
        }
        return out;
    }

    /** One run of non-space characters: leading punctuation, the word or words, trailing punctuation. */
    private static void chunk(String text, int start, int end, boolean singleQuoteOpen, List<int[]> out) {
        while (start < end && OPENING.indexOf(text.charAt(start)) >= 0) {
            out.add(new int[] {start, start + 1});
            start++;
        }
        int trailingFrom = end;
        while (end > start) {
            char c = text.charAt(end - 1);
            boolean keep = c == '.' && isAbbreviation(text, start, end)
                    || (c == '\'' || c == '’') && end - 2 >= start && text.charAt(end - 2) == 's' && !singleQuoteOpen;
            if (keep || CLOSING.indexOf(c) < 0) {
                break;
            }
            end--;
        }
        words(text, start, end, out);
        for (int k = end; k < trailingFrom; k++) {
            out.add(new int[] {k, k + 1});
        }
    }

    /** The words of a chunk without its outer punctuation, split at hyphens, dashes and slashes between words. */
    private static void words(String text, int start, int end, List<int[]> out) {
        int from = start;
        for (int k = start; k < end; k++) {
            if (splitsAt(text, from, k, end)) {
                if (k > from) {
                    out.add(new int[] {from, k});
                }
                out.add(new int[] {k, k + 1});
                from = k + 1;
            }
        }
        if (end > from) {
            out.add(new int[] {from, end});
        }
    }

    private static boolean splitsAt(String text, int wordStart, int k, int end) {
        char c = text.charAt(k);
        if (c == '—' || c == '–') {
            return true;
        }
        if (k == wordStart || k + 1 >= end || !Character.isLetter(text.charAt(k + 1))) {
            return false;
        }
        char before = text.charAt(k - 1);
        if (c == '-') {
            return (Character.isLetter(before) || before == '.')
                    && !PREFIXES.contains(text.substring(wordStart, k).toLowerCase(Locale.ROOT));
        }
        return c == '/' && Character.isLetter(before);
    }

    /** "Mr.", "Aug.", "U.S.", "J.": a period that belongs to the word. */
    private static boolean isAbbreviation(String text, int start, int end) {
        String word = text.substring(start, end - 1).toLowerCase(Locale.ROOT);
        if (word.length() == 1) {
            return Character.isLetter(word.charAt(0));
        }
        if (Abbreviations.contains(word)) {
            return true;
        }
        if (word.indexOf('.') <= 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c != '.' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
