package org.claimcheck.core.extract.quantity;

import java.util.List;
import java.util.Set;

/**
 * Decides from its neighbours whether a numeral is something other than a quantity: part of an identifier
 * ("G7", "F-16", "COVID-19"), a day of a date ("August 6", "6 August"), a year ("in 2022", "2023/24"), a clock time
 * ("10 am"), a label ("page 5", "No. 3", "Article 5"), list numbering ("1."), a phone number or pagination
 * ("1 2 3", "555 0123", "(541) 555-0190") or a house number ("1400 Orchard Avenue"). Each check looks at a fixed
 * number of neighbouring lexemes.
 */
final class NumberContext {
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet",
            "cest", "est", "edt", "pst", "msk", "eet", "eest", "o'clock");

    private static final Set<String> LABELS = Set.of("page", "pages", "p", "pp", "chapter", "section", "article",
            "paragraph", "clause", "no", "nos", "vol", "volume", "issue", "part", "step", "item", "figure", "fig",
            "table", "line", "episode", "room", "gate", "platform", "route", "flight", "resolution", "level",
            "category", "phase", "stage", "channel", "highway", "unit", "tier", "apollo", "version", "ward", "call",
            "dial");

    /** The last word of a street's name: "10 Downing Street", "1400 Orchard Avenue". */
    private static final Set<String> STREETS = Set.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr",
            "Boulevard", "Blvd", "Lane", "Ln", "Way", "Place", "Pl", "Court", "Ct", "Terrace", "Crescent", "Parkway");
    /** The most words of a street's name before its last word. */
    private static final int STREET_NAME_WORDS = 3;

    /** Words before a year-like number that make it a year: "in 2022", "the 2024 elections". */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "from", "of", "during",
            "before", "after", "for", "to", "between", "and", "the", "a", "an", "its", "their", "his", "her", "this",
            "that", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter");

    /** Plural nouns that do not end in "s". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "personnel",
            "staff", "police", "sheep", "cattle");

    /** Words before a spelled-out "one" that make it a pronoun: "no one", "the one who", "any one". */
    private static final Set<String> ONE_PRONOUN_BEFORE = Set.of("no", "any", "every", "each", "the");

    /** Words after a spelled-out "one" that make it a pronoun or a partitive: "one of", "one another". */
    private static final Set<String> ONE_PRONOUN_AFTER = Set.of("of", "another", "who", "whom", "whose", "that",
            "which", "or");

    /** Words that bound an age after a word for people: "people over 75". */
    private static final Set<String> AGE_BOUNDS = Set.of("over", "under", "above", "below");
    /** Words for people that an age can follow. */
    private static final Set<String> PEOPLE = Set.of("people", "those", "anyone", "men", "women", "children",
            "adults", "residents", "patients", "pensioners", "drivers", "workers", "voters", "child", "person",
            "adult", "patient", "baby", "babies", "infant", "infants", "pupil", "pupils", "student", "students",
            "teenager", "teenagers", "kids", "everyone");
    /** Words after which a number is an age: "aged 75", "at age 65", "ages 5 to 14". */
    private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");
    /** Comparatives of age before "than": "younger than five". */
    private static final Set<String> AGE_COMPARATIVES = Set.of("younger", "older");

    private NumberContext() {
    }

    /** Whether the digits at {@code i} cannot be a quantity, whatever follows them. */
    static boolean excludesDigits(List<Lexeme> lex, int i) {
        Lexeme number = lex.get(i);
        return hasLeadingZero(number.text()) || number.text().indexOf(':') >= 0
                || gluedToWordOrCodeBefore(lex, i) || isSecondHalfOrSlash(lex, i) || isInNumberRun(lex, i)
                || isListNumber(lex, i) || isLabelled(lex, i) || isClockTime(lex, i + 1) || isAreaCode(lex, i)
                || isStreetNumber(lex, i);
    }

    /**
     * Whether the number at {@code i} is an age: "aged 75", "at age 65", "people over 75", "a child under 5", "under
     * the age of five", "younger than five", and both ends of a range of ages ("aged between five and 14", "aged five
     * to 14"). An age says who was counted, it counts nothing.
     */
    static boolean isAge(List<Lexeme> lex, int i) {
        if (i == 0 || !lex.get(i - 1).isWord()) {
            return false;
        }
        String before = lex.get(i - 1).lower();
        if (AGE_WORDS.contains(before)) {
            return true;
        }
        if (i == 1 || !lex.get(i - 2).isWord() && !lex.get(i - 2).isNumber()) {
            return false;
        }
        String twoBefore = lex.get(i - 2).lower();
        return AGE_BOUNDS.contains(before) && PEOPLE.contains(twoBefore)
                || before.equals("of") && twoBefore.equals("age")
                || before.equals("than") && AGE_COMPARATIVES.contains(twoBefore)
                || before.equals("between") && AGE_WORDS.contains(twoBefore)
                || before.equals("to") && isNumeral(lex.get(i - 2)) && isWord(lex, i - 3, AGE_WORDS)
                || before.equals("and") && isNumeral(lex.get(i - 2)) && i >= 3 && lex.get(i - 3).is("between")
                        && isWord(lex, i - 4, AGE_WORDS);
    }

    private static boolean isWord(List<Lexeme> lex, int i, Set<String> words) {
        return i >= 0 && lex.get(i).isWord() && words.contains(lex.get(i).lower());
    }

    private static boolean isNumeral(Lexeme lexeme) {
        return lexeme.isNumber() || lexeme.isWord() && NumberWords.isNumberWord(lexeme.lower());
    }

    /** Whether the spelled-out number "one" at {@code i} is a pronoun ("no one", "one of", "one another"). */
    static boolean isPronounOne(List<Lexeme> lex, int i, int end) {
        return (i > 0 && lex.get(i - 1).isWord() && ONE_PRONOUN_BEFORE.contains(lex.get(i - 1).lower()))
                || (end < lex.size() && lex.get(end).isWord() && ONE_PRONOUN_AFTER.contains(lex.get(end).lower()));
    }

    /** Whether a month name stands right before lexeme {@code i} ("August 6", "Aug. 6"). */
    static boolean followsMonth(List<Lexeme> lex, int i) {
        int p = i - 1;
        if (p >= 1 && lex.get(p).isSymbol('.') && !lex.get(p).spaced()) {
            p--;
        }
        return p >= 0 && isMonth(lex.get(p));
    }

    /** Whether a month name stands at lexeme {@code i} or after "of" there ("6 August", "6 of August"). */
    static boolean precedesMonth(List<Lexeme> lex, int i) {
        if (i < lex.size() && isMonth(lex.get(i))) {
            return true;
        }
        return i + 1 < lex.size() && lex.get(i).is("of") && isMonth(lex.get(i + 1));
    }

    /** Whether the digits are a bare year: four digits from 1900 to 2100 without separators. */
    static boolean isYearLike(Lexeme number) {
        String text = number.text();
        if (text.length() != 4 || !number.isNumber()) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        int value = Integer.parseInt(text);
        return value >= 1900 && value <= 2100;
    }

    /**
     * Whether a year-like number ({@link #isYearLike}) at {@code i} counts the plural noun after it ("killed 2000
     * people") rather than naming a year ("in 2022", "the 2024 elections"): a lower-case plural follows and no
     * preposition or determiner stands before.
     */
    static boolean yearLikeCounts(List<Lexeme> lex, int i) {
        if (i > 0 && lex.get(i - 1).isWord() && YEAR_CUES.contains(lex.get(i - 1).lower())) {
            return false;
        }
        if (i + 1 >= lex.size() || !lex.get(i + 1).isWord() || !lex.get(i + 1).spaced()) {
            return false;
        }
        String next = lex.get(i + 1).text();
        boolean plural = next.endsWith("s") && !next.endsWith("ss") || IRREGULAR_PLURALS.contains(next);
        return Character.isLowerCase(next.charAt(0)) && plural;
    }

    /** Whether a hyphen or slash at {@code i} glues on another number: a score ("3-1") or a code ("555-123-4567"). */
    static boolean joinsAnotherNumber(List<Lexeme> lex, int i) {
        return i + 1 < lex.size() && (lex.get(i).isDash() || lex.get(i).isSymbol('/')) && !lex.get(i).spaced()
                && lex.get(i + 1).isNumber() && !lex.get(i + 1).spaced();
    }

    /** Whether a glued word follows at {@code i} ("5G", "10am", "20th", "1990s"). */
    static boolean gluedWordAt(List<Lexeme> lex, int i) {
        return i < lex.size() && lex.get(i).isWord() && !lex.get(i).spaced();
    }

    /** Whether a clock word such as "am", "p.m." or "GMT" stands at {@code i}. */
    static boolean isClockTime(List<Lexeme> lex, int i) {
        return i < lex.size() && lex.get(i).isWord() && CLOCK_WORDS.contains(lex.get(i).lower());
    }

    private static boolean isMonth(Lexeme lexeme) {
        return lexeme.isWord() && MONTHS.contains(lexeme.text());
    }

    private static boolean hasLeadingZero(String digits) {
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.';
    }

    /** "G7", "migores1", "+380", "#3", "F-16", "COVID-19". */
    private static boolean gluedToWordOrCodeBefore(List<Lexeme> lex, int i) {
        if (i == 0 || lex.get(i).spaced()) {
            return false;
        }
        Lexeme before = lex.get(i - 1);
        if (before.isWord() || before.isSymbol('+') || before.isSymbol('#')) {
            return true;
        }
        return before.isDash() && !before.spaced() && i >= 2 && lex.get(i - 2).isWord();
    }

    /** The second number of "10-15", "2023/24" or "9/11", or the first of "2023/24". */
    private static boolean isSecondHalfOrSlash(List<Lexeme> lex, int i) {
        boolean afterJoiner = i >= 2 && !lex.get(i).spaced() && !lex.get(i - 1).spaced()
                && (lex.get(i - 1).isDash() || lex.get(i - 1).isSymbol('/')) && lex.get(i - 2).isNumber();
        boolean beforeSlash = i + 2 < lex.size() && lex.get(i + 1).isSymbol('/') && !lex.get(i + 1).spaced()
                && !lex.get(i + 2).spaced() && lex.get(i + 2).isNumber();
        return afterJoiner || beforeSlash;
    }

    /** Pagination ("1 2 3 9,595"), phone numbers and space-grouped digits ("1 036"), which are never read. */
    private static boolean isInNumberRun(List<Lexeme> lex, int i) {
        boolean numberBefore = i > 0 && lex.get(i - 1).isNumber();
        boolean numberAfter = i + 1 < lex.size() && lex.get(i + 1).isNumber() && lex.get(i + 1).spaced();
        return numberBefore || numberAfter;
    }

    /** "(541)" before the rest of a phone number: "(541) 555-0190". */
    private static boolean isAreaCode(List<Lexeme> lex, int i) {
        return i >= 1 && i + 2 < lex.size() && lex.get(i - 1).isSymbol('(') && lex.get(i + 1).isSymbol(')')
                && lex.get(i + 2).isNumber();
    }

    /** A house number: capitalised words after it end with a street's last word ("1400 Orchard Avenue"). */
    private static boolean isStreetNumber(List<Lexeme> lex, int i) {
        for (int k = i + 1; k < lex.size() && k <= i + STREET_NAME_WORDS + 1; k++) {
            Lexeme word = lex.get(k);
            if (!word.isWord() || !Character.isUpperCase(word.text().charAt(0))) {
                return false;
            }
            if (k > i + 1 && STREETS.contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    /** "1." or "2)" opening a sentence. */
    private static boolean isListNumber(List<Lexeme> lex, int i) {
        return i == 0 && lex.size() > 1 && !lex.get(1).spaced()
                && (lex.get(1).isSymbol('.') || lex.get(1).isSymbol(')'));
    }

    /** "page 5", "p. 5", "No. 3", "Article 5". */
    private static boolean isLabelled(List<Lexeme> lex, int i) {
        int p = i - 1;
        if (p >= 1 && lex.get(p).isSymbol('.')) {
            p--;
        }
        return p >= 0 && lex.get(p).isWord() && LABELS.contains(lex.get(p).lower());
    }
}
