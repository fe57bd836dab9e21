package org.claimcheck.core.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into {@link Lexeme}s in one left-to-right pass. Digits keep their inner separators
 * ({@code 1,300}, {@code 2.5}, {@code 5:00:20}, and a no-break space between thousands: {@code 1 234 567}); words
 * keep inner hyphens, periods and apostrophes ({@code twenty-eight}, {@code U.S}, {@code Russia's}), except the
 * hyphen between a number word and a unit ({@code four-year} lexes like {@code 48-hour}); every other visible
 * character stands alone.
 */
final class Lexer {
    /** Unit names that are also ordinals after a tens word: "twenty-second". */
    private static final Set<String> ORDINAL_UNITS = Set.of("second", "seconds");
    /**
     * The words that open a unit of area or volume, which a hyphen may join to the rest of its name as a space would:
     * "a 5-square-kilometre zone" lexes like "5-square kilometre".
     */
    private static final Set<String> SQUARE_OR_CUBIC = Set.of("square", "cubic");

    private Lexer() {
    }

    /** The lexemes of {@code text}, in order. */
    static List<Lexeme> lex(String text) {
        List<Lexeme> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean spaced = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaced = true;
                i++;
                continue;
            }
            int end;
            Lexeme.Kind kind;
            if (isDigit(c)) {
                end = digitsEnd(text, i);
                kind = Lexeme.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                end = wordEnd(text, i);
                kind = Lexeme.Kind.WORD;
            } else {
                end = i + Character.charCount(text.codePointAt(i));
                kind = Lexeme.Kind.SYMBOL;
            }
            String piece = text.substring(i, end);
            String normal = kind == Lexeme.Kind.WORD ? piece.toLowerCase(Locale.ROOT) : piece;
            out.add(new Lexeme(piece, normal, i, end, kind, spaced));
            spaced = false;
            i = end;
            if (SQUARE_OR_CUBIC.contains(normal) && isJoinedWord(text, i)) {
                spaced = true;
                i++;
            }
        }
        return out;
    }

    private static int digitsEnd(String text, int i) {
        int n = text.length();
        int end = i + 1;
        while (end < n) {
            char c = text.charAt(end);
            if (isDigit(c)) {
                end++;
            } else if ((c == ',' || c == '.' || c == ':') && end + 1 < n && isDigit(text.charAt(end + 1))) {
                end += 2;
            } else if (isGroupSpace(c) && isDigitGroup(text, end + 1)) {
                end += 4;
            } else {
                break;
            }
        }
        return end;
    }

    /** The no-break spaces some styles put between thousands: U+00A0, U+202F (narrow) and U+2009 (thin). */
    private static boolean isGroupSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Exactly three digits at {@code from}, not followed by another digit. */
    private static boolean isDigitGroup(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == text.length() || !isDigit(text.charAt(from + 3));
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int end = i + 1;
        while (end < n) {
            char c = text.charAt(end);
            if (Character.isLetter(c)) {
                end++;
            } else if (isJoiner(c) && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
                if (isHyphen(c) && (isNumberBeforeUnit(text, i, end)
                        || SQUARE_OR_CUBIC.contains(text.substring(i, end).toLowerCase(Locale.ROOT)))) {
                    break;
                }
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether the word from {@code start} to the hyphen at {@code hyphen} is a number word and the letters after the
     * hyphen open a unit: "four-year" is "four", "-", "year" like "48-hour"; "twenty-eight", "twenty-second" and
     * "seven-year-old" stay one word.
     */
    private static boolean isNumberBeforeUnit(String text, int start, int hyphen) {
        int next = hyphen + 1;
        while (next < text.length() && Character.isLetter(text.charAt(next))) {
            next++;
        }
        String number = text.substring(start, hyphen).toLowerCase(Locale.ROOT);
        String unit = text.substring(hyphen + 1, next).toLowerCase(Locale.ROOT);
        boolean joinedOn = next < text.length() && isJoiner(text.charAt(next));
        return NumberWords.isNumberWord(number) && UnitCatalog.opensUnit(unit) && !ORDINAL_UNITS.contains(unit)
                && !joinedOn;
    }

    /** Whether a hyphen at {@code at} joins the word before it to letters after it. */
    private static boolean isJoinedWord(String text, int at) {
        return at + 1 < text.length() && isHyphen(text.charAt(at)) && Character.isLetter(text.charAt(at + 1));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isJoiner(char c) {
        return isHyphen(c) || c == '.' || c == '\'' || c == '\u2019';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
