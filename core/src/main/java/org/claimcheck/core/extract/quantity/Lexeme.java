package org.claimcheck.core.extract.quantity;

/**
 * One piece of a sentence as the quantity scanner sees it: a run of digits, a word, or a single other character.
 *
 * @param text    the characters as written
 * @param lower   the same in lower case, worked out once: every stage looks words up by it
 * @param start   offset of the first character in the sentence
 * @param end     offset after the last character
 * @param kind    what the piece is
 * @param spaced  whether whitespace (or the sentence start) stands right before it
 */
record Lexeme(String text, String lower, int start, int end, Kind kind, boolean spaced) {

    /** The kinds of lexeme. */
    enum Kind {
        /** Digits, possibly with inner separators: {@code 1,300}, {@code 2.5}, {@code 5:00}. */
        NUMBER,
        /** Letters, possibly with inner hyphens, periods or apostrophes: {@code twenty-eight}, {@code U.S}. */
        WORD,
        /** Any other single character: {@code $}, {@code %}, {@code -}, {@code ,}. */
        SYMBOL
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Whether this is the symbol {@code c}. */
    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    /** Whether this is a hyphen or a dash. */
    boolean isDash() {
        return isSymbol('-') || isSymbol('\u2013') || isSymbol('\u2014') || isSymbol('\u2010') || isSymbol('\u2011');
    }

    /** Whether this is the word {@code word}, ignoring case. */
    boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }
}
