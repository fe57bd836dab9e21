package org.claimcheck.core.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the datelines and timestamps that scraped pages print in their headers: {@code Friday, September 29,
 * 2023}, {@code Sunday, November 24, 2024 5:00:20 PM}, {@code 29 September 2023}, {@code Updated: 2023-09-29 14:05
 * GMT}. A dateline must run to the end of the examined range; it may begin with a label such as "Published" and a
 * weekday, and may end with a time of day, a time zone and what pages print after a timestamp ("Updated 2 hours ago",
 * "· 6 min read", "| Today's paper", "| Updated March 21, 2025 at 9:42 a.m."). It also knows the wire dateline that
 * opens a story ("TREMSK, Kaldoria, Oct 7 (Meridian) - ") and the place in capitals it starts with.
 */
public final class Dateline {
    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Set<String> LABELS = Set.of("published", "updated", "posted", "last", "on", "date",
            "modified");
    private static final Set<String> MERIDIEMS = Set.of("am", "pm", "a.m.", "p.m.");
    /**
     * Words a page prints after its timestamp: "Updated 2 hours ago", "· 6 min read", "| Today's paper" (the
     * apostrophe splits "Today's" into two words).
     */
    private static final Set<String> STAMP_WORDS = Set.of("ago", "min", "mins", "minute", "minutes", "hour", "hours",
            "day", "days", "read", "reading", "time", "today", "s", "paper", "edition", "print", "at");
    /** The place that opens a wire dateline: a city in capitals, maybe a region, and a comma. */
    private static final String WIRE_PLACE = "\\p{Lu}[\\p{Lu} .'’-]+(?:, \\p{Lu}[\\p{L} .'’-]*)?, ";
    private static final Pattern WIRE_PLACE_ALONE = Pattern.compile(WIRE_PLACE);
    /** A city in capitals, maybe a region, a month and day, maybe the agency, and a dash. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(WIRE_PLACE
            + "(\\p{L}+)\\.? \\d{1,2}(?:, \\d{4})?(?: \\([^)]{1,40}\\))? ?[-–—]+ ?");
    /** Longest range examined, in characters: a dateline is short. */
    private static final int MAX_LENGTH = 80;

    private Dateline() {
    }

    /**
     * Whether {@code text} is all the place of a wire dateline, with its comma, as it stands before the dateline's
     * date: "FELSBRUCK, ", "TREMSK, Kaldoria, ".
     */
    public static boolean isWirePlace(String text) {
        return WIRE_PLACE_ALONE.matcher(text).matches();
    }

    /** A dateline found in text: its date and where it starts. */
    record Match(LocalDate date, int start) {
    }

    /** The dateline that fills {@code text[from, to)} entirely (surrounding whitespace aside), if any. */
    static Optional<Match> whole(String text, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return Optional.empty();
        }
        List<Token> tokens = Token.scan(text, from, to);
        return tokens.isEmpty() ? Optional.empty() : parse(tokens, 0);
    }

    /**
     * The dateline that ends {@code text[from, to)} after other words (a headline followed by its timestamp), if
     * any. The words before it are not part of the match.
     */
    static Optional<Match> trailing(String text, int from, int to) {
        int scanFrom = Math.max(from, to - MAX_LENGTH);
        List<Token> tokens = Token.scan(text, scanFrom, to);
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            if (WEEKDAYS.contains(word) || MONTHS.containsKey(word)) {
                Optional<Match> match = parse(tokens, i);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the text after a wire dateline opening {@code text[from, to)} starts ("TREMSK, Kaldoria, Oct 7
     * (Meridian) - Fourteen people …", "DAMARIS, July 17 (LPA) – …"), or {@code from} when it opens with none: the
     * place and day the story was filed from, which date no event of it.
     */
    static int afterWireDateline(String text, int from, int to) {
        Matcher wire = WIRE_DATELINE.matcher(text).region(from, to);
        return wire.lookingAt() && MONTHS.containsKey(wire.group(1).toLowerCase(Locale.ROOT)) ? wire.end() : from;
    }

    private static Optional<Match> parse(List<Token> tokens, int first) {
        int i = first;
        while (i < tokens.size() && (LABELS.contains(tokens.get(i).lower()) || tokens.get(i).is(":"))) {
            i++;
        }
        if (i < tokens.size() && WEEKDAYS.contains(tokens.get(i).lower())) {
            i = skipPunctuation(tokens, i + 1);
        }
        DatePart date = datePart(tokens, i);
        if (date == null) {
            return Optional.empty();
        }
        i = skipPunctuation(tokens, date.next());
        if (i < tokens.size() && tokens.get(i).lower().equals("at")) {
            i++;
        }
        if (i < tokens.size() && tokens.get(i).isTime()) {
            i++;
            if (i < tokens.size() && MERIDIEMS.contains(tokens.get(i).lower())) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).isZone()) {
                i++;
            }
        }
        return isStampTail(tokens, i) ? Optional.of(new Match(date.date(), tokens.get(first).start()))
                : Optional.empty();
    }

    /** Whether the tokens from {@code i} are what a page prints after a timestamp, or nothing. */
    private static boolean isStampTail(List<Token> tokens, int i) {
        for (int k = i; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            String word = token.lower();
            boolean stamp = token.isPunctuation() || token.isDigits() || token.isTime() || token.isZone()
                    || MERIDIEMS.contains(word) || LABELS.contains(word) || STAMP_WORDS.contains(word)
                    || MONTHS.containsKey(word) || WEEKDAYS.contains(word);
            if (!stamp) {
                return false;
            }
        }
        return true;
    }

    private record DatePart(LocalDate date, int next) {
    }

    private static DatePart datePart(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        if (first.isIsoDate()) {
            String iso = first.text();
            return dated(Integer.parseInt(iso.substring(0, 4)), Integer.parseInt(iso.substring(5, 7)),
                    Integer.parseInt(iso.substring(8, 10)), i + 1);
        }
        Integer month = MONTHS.get(first.lower());
        if (month != null) {
            int dayAt = skipPunctuation(tokens, i + 1);
            int yearAt = skipPunctuation(tokens, dayAt + 1);
            int day = number(tokens, dayAt, 2);
            int year = number(tokens, yearAt, 4);
            return day > 0 && year > 0 ? dated(year, month, day, yearAt + 1) : null;
        }
        int day = number(tokens, i, 2);
        Integer named = i + 1 < tokens.size() ? MONTHS.get(tokens.get(i + 1).lower()) : null;
        int yearAt = skipPunctuation(tokens, i + 2);
        int year = number(tokens, yearAt, 4);
        return day > 0 && named != null && year > 0 ? dated(year, named, day, yearAt + 1) : null;
    }

    private static DatePart dated(int year, int month, int day, int next) {
        try {
            return new DatePart(LocalDate.of(year, month, day), next);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The value of the number token at {@code i}, or 0 when there is none or it has the wrong length: exactly four
     * digits when {@code digits} is 4 (a year), otherwise at most {@code digits}.
     */
    private static int number(List<Token> tokens, int i, int digits) {
        if (i >= tokens.size() || !tokens.get(i).isDigits()) {
            return 0;
        }
        String text = tokens.get(i).text();
        boolean fits = digits == 4 ? text.length() == 4 : text.length() <= digits;
        return fits ? Integer.parseInt(text) : 0;
    }

    private static int skipPunctuation(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).isPunctuation()) {
            i++;
        }
        return i;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            months.put(names[m], m + 1);
            months.put(names[m].substring(0, 3), m + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }

    /** A word, number, time, ISO date or punctuation mark of a dateline. */
    private record Token(String text, int start) {

        static List<Token> scan(String s, int from, int to) {
            List<Token> tokens = new ArrayList<>();
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                int end = i + 1;
                if (Character.isLetter(c)) {
                    while (end < to && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '.')) {
                        end++;
                    }
                    int trimmed = end;
                    while (s.charAt(trimmed - 1) == '.' && !isMeridiem(s, i, trimmed) && trimmed - 1 > i) {
                        trimmed--;
                    }
                    end = trimmed;
                } else if (Character.isDigit(c)) {
                    while (end < to && (Character.isDigit(s.charAt(end)) || isJoiner(s.charAt(end))
                            && end + 1 < to && Character.isDigit(s.charAt(end + 1)))) {
                        end++;
                    }
                } else if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                tokens.add(new Token(s.substring(i, end), i));
                i = end;
            }
            return tokens;
        }

        private static boolean isJoiner(char c) {
            return c == ':' || c == '-';
        }

        private static boolean isMeridiem(String s, int from, int to) {
            return MERIDIEMS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String other) {
            return text.equals(other);
        }

        boolean isDigits() {
            return text.chars().allMatch(Character::isDigit);
        }

        boolean isTime() {
            int colon = text.indexOf(':');
            return colon > 0 && colon <= 2 && text.indexOf('-') < 0 && text.length() >= colon + 3;
        }

        /** "2024-08-06": digits in every place but the two hyphens ("2023--2-23" is none). */
        boolean isIsoDate() {
            if (text.length() != 10) {
                return false;
            }
            for (int k = 0; k < 10; k++) {
                boolean hyphen = k == 4 || k == 7;
                if (hyphen ? text.charAt(k) != '-' : text.charAt(k) < '0' || text.charAt(k) > '9') {
                    return false;
                }
            }
            return true;
        }

        boolean isZone() {
            return text.length() >= 2 && text.length() <= 4 && text.chars().allMatch(Character::isUpperCase);
        }

        boolean isPunctuation() {
            return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
        }
    }
}
