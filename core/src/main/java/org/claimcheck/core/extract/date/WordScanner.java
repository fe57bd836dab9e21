package org.claimcheck.core.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into {@link Word}s in one left-to-right pass; whitespace separates words and is dropped. */
final class WordScanner {
    private WordScanner() {
    }

    static List<Word> scan(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isLetter(c)) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            } else if (Character.isDigit(c)) {
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            String piece = text.substring(i, end);
            words.add(new Word(piece, Character.isLetter(c) ? piece.toLowerCase(Locale.ROOT) : piece, i, end));
            i = end;
        }
        return words;
    }
}
