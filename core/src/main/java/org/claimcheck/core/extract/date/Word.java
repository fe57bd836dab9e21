package org.claimcheck.core.extract.date;

/**
 * One scanned unit of a sentence: a run of letters, a run of digits, or a single other visible character.
 *
 * @param text  the characters as written
 * @param lower the same in lower case, worked out once
 * @param start offset of the first character in the scanned text
 * @param end   offset after the last character
 */
record Word(String text, String lower, int start, int end) {

    boolean isLetters() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }

    /** Whether this word is the single character {@code c}. */
    boolean is(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    /** Whether the word is written in lower case letters, as a word in running text. */
    boolean isLowerCaseWord() {
        return isLetters() && Character.isLowerCase(text.charAt(0));
    }

    /** The number written by a digit run, or -1 when this is not one of at most four digits. */
    int number() {
        return isDigits() && text.length() <= 4 ? Integer.parseInt(text) : -1;
    }
}
