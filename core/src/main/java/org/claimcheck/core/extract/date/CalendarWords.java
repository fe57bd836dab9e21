package org.claimcheck.core.extract.date;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The English words of dates: month and weekday names, prepositions that tie a date to an event, counts. */
public final class CalendarWords {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
            Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
            Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11),
            Map.entry("December", 12));

    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3), Map.entry("Apr", 4),
            Map.entry("Jun", 6), Map.entry("Jul", 7), Map.entry("Aug", 8), Map.entry("Sep", 9),
            Map.entry("Sept", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "Monday", DayOfWeek.MONDAY, "Tuesday", DayOfWeek.TUESDAY, "Wednesday", DayOfWeek.WEDNESDAY,
            "Thursday", DayOfWeek.THURSDAY, "Friday", DayOfWeek.FRIDAY, "Saturday", DayOfWeek.SATURDAY,
            "Sunday", DayOfWeek.SUNDAY);

    private static final Map<String, String> RELATIONS = Map.of(
            "on", "on", "by", "by", "before", "before", "after", "after", "from", "from", "since", "since",
            "until", "until", "till", "until", "in", "in");

    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "day", ChronoUnit.DAYS, "days", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS, "weeks", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "months", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS,
            "years", ChronoUnit.YEARS);

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /**
     * Words that make a following weekday a kind of day, or a day counted from another event, rather than a date
     * counted from publication ("a Tuesday", "every Friday", "the following Monday").
     */
    private static final Set<String> GENERIC_DETERMINERS = Set.of("a", "an", "the", "every", "each", "any", "per",
            "following", "previous", "same", "that", "one");

    /** Nouns naming a part of a month: "the end of March". */
    private static final Set<String> PERIOD_PARTS = Set.of("beginning", "start", "middle", "end");

    /** Words that open a relative date, in any case: "yesterday", "last week", "this month". */
    private static final Set<String> RELATIVE_OPENERS = Set.of("yesterday", "today", "tomorrow", "last", "this",
            "next");

    /**
     * Every word a date expression can be found at besides digits: capitalised names must match exactly, lower-case
     * words match in any case.
     */
    private static final Set<String> ANCHORS = Stream.of(MONTHS.keySet(), MONTH_ABBREVIATIONS.keySet(),
            WEEKDAYS.keySet(), COUNTS.keySet(), RELATIVE_OPENERS).flatMap(Set::stream).collect(Collectors.toSet());

    /** The month names, their abbreviations and the weekday names, in lower case. */
    private static final Set<String> NAMES_IN_LOWER_CASE = Stream.of(MONTHS.keySet(), MONTH_ABBREVIATIONS.keySet(),
            WEEKDAYS.keySet()).flatMap(Set::stream).map(name -> name.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private CalendarWords() {
    }

    /**
     * Whether {@code word}, in any case, is a month's or a weekday's name or a month's abbreviation, with or without
     * its full stop ("Oct", "Oct.").
     */
    public static boolean isMonthOrWeekday(String word) {
        String name = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return NAMES_IN_LOWER_CASE.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a date expression can be found at {@code word}: digits, a month or weekday name, a count ("two weeks
     * ago") or a word opening a relative date. Words before it ("the end of", "on") join the expression later.
     */
    static boolean mayAnchor(Word word) {
        return word.isDigits() || ANCHORS.contains(word.text()) || ANCHORS.contains(word.lower());
    }

    /** The month of a capitalised full month name, or 0. */
    static int month(Word word) {
        return MONTHS.getOrDefault(word.text(), 0);
    }

    /** The month of a capitalised abbreviation such as "Aug" or "Sept", or 0. */
    static int monthAbbreviation(Word word) {
        return MONTH_ABBREVIATIONS.getOrDefault(word.text(), 0);
    }

    /** The day of a capitalised weekday name, or {@code null}. */
    static DayOfWeek weekday(Word word) {
        return WEEKDAYS.get(word.text());
    }

    /** The normalized relation of a preposition in any case ("By" gives {@code by}), or {@code null}. */
    static String relation(Word word) {
        return RELATIONS.get(word.lower());
    }

    /** The calendar unit of "day", "weeks", "month" and the like, or {@code null}. */
    static ChronoUnit unit(Word word) {
        return UNITS.get(word.lower());
    }

    /** The count of a small number word or of digits up to 99, or 0. */
    static int count(Word word) {
        if (word.isDigits()) {
            return word.text().length() <= 2 ? Integer.parseInt(word.text()) : 0;
        }
        return COUNTS.getOrDefault(word.lower(), 0);
    }

    static boolean isGenericDeterminer(Word word) {
        return GENERIC_DETERMINERS.contains(word.lower());
    }

    /** Whether the word names a part of a period ("end", "beginning"), in any case. */
    static boolean isPartOfPeriod(Word word) {
        return PERIOD_PARTS.contains(word.lower());
    }

    /** Whether {@code word} is present and is {@code expected} in any case. */
    static boolean isWord(Word word, String expected) {
        return word != null && word.isLetters() && word.text().equalsIgnoreCase(expected);
    }
}
