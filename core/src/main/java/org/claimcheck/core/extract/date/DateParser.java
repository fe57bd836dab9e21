package org.claimcheck.core.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds date expressions in one sentence by scanning its words left to right; nothing is resolved against a publication
 * date here (see {@link DateResolver}). Stateless and thread-safe; runs in time linear in the text.
 *
 * <p>Recognized: "August 6", "Aug. 6", "August 6th", "6 August", "the 20th of November", "November 20, 2024", "20
 * November 2024", "March 2024", ISO "2024-08-06", a year after a preposition ("in 2022", "since 1971", "the riots of
 * 2019") or before ", when", months with a preposition or a modifier ("in March", "in early August", "mid-August",
 * "last March", "by the end of March"), "January 20 next year", weekdays ("on Tuesday", "last Friday", "said Monday";
 * a weekday before a full date joins it: "Friday, September 29, 2023"), "yesterday", "today", "tomorrow",
 * "last/this/next week|month|year" (also after "earlier" or "later"), "two days ago".
 *
 * <p>Not dates: years without a preposition ("the 2022 floods"), clock times, dates that do not exist ("February 30"),
 * lower-case month words ("he may say", "a march on Kyiv", "an august body"), and a capitalised month with neither day,
 * year, preposition nor modifier ("March on Kyiv!"). A preposition that ties the date to its event (on, by, before,
 * after, from, since, until, in) is part of the expression.
 */
public final class DateParser {

    /** The date expressions of {@code text}, in order and without overlaps. */
    public List<DateExpression> parse(String text) {
        return new Scan(WordScanner.scan(text)).run();
    }

    /** A month name ending before word {@code end}; abbreviations need a day or a year to count. */
    private record MonthWord(int month, boolean abbreviated, int end) {
    }

    /** The year part of a date: a stated year, or a year offset ("next year"), or neither; ends before {@code end}. */
    private record YearPart(int year, Integer offset, int end) {
    }

    /** A date found between two word indexes, before the preposition is attached. */
    private record Found(int first, int end, int year, int month, int day, Integer yearOffset, Tense modifier) {
    }

    /** One pass over the words of one text. */
    private static final class Scan {
        private final List<Word> words;
        private final List<DateExpression> found = new ArrayList<>();
        /** Index of the first word not consumed by an earlier expression. */
        private int floor;

        Scan(List<Word> words) {
            this.words = words;
        }

        List<DateExpression> run() {
            int i = 0;
            while (i < words.size()) {
                int end = CalendarWords.mayAnchor(words.get(i)) ? matchAt(i) : i;
                if (end > i) {
                    floor = end;
                    i = end;
                } else {
                    i++;
                }
            }
            return found;
        }

        /**
         * Records the expression found at word {@code i} and returns the index after it, or {@code i}. Only words
         * {@link CalendarWords#mayAnchor} accepts are tried: a word any branch here can start at must be among its
         * anchors.
         */
        private int matchAt(int i) {
            Word word = words.get(i);
            DayOfWeek weekday = CalendarWords.weekday(word);
            if (weekday != null) {
                Found dated = date(isChar(i + 1, ',') ? i + 2 : i + 1);
                if (dated != null) {
                    return add(stated(dated, i), dated.end());
                }
                return weekday(i, weekday);
            }
            Found dated = date(i);
            if (dated != null) {
                return add(stated(dated, dated.first()), dated.end());
            }
            return relative(i);
        }

        private int add(DateExpression expression, int end) {
            found.add(expression);
            return end;
        }

        private Found date(int i) {
            Found iso = iso(i);
            if (iso != null) {
                return iso;
            }
            Found monthFirst = monthFirst(i);
            if (monthFirst != null) {
                return monthFirst;
            }
            Found dayFirst = dayFirst(i);
            return dayFirst != null ? dayFirst : yearAlone(i);
        }

        /**
         * "in 2022", "since 1971", "by 2028", "the riots of 2019", "the 2019 Marrow Canyon Fire", "echoes 2021, when
         * …": a year alone, after a preposition that ties it to its event, between "the" and the event's name, or
         * before the clause that says what happened then.
         */
        private Found yearAlone(int i) {
            int year = yearAt(i);
            Word before = at(i - 1);
            boolean names = before != null && before.lower().equals("the") && namesAfter(i + 1);
            boolean described = isChar(i + 1, ',') && at(i + 2) != null && at(i + 2).lower().equals("when");
            boolean tied = names || described || before != null && (CalendarWords.relation(before) != null
                    && !before.lower().equals("on") || before.lower().equals("of"));
            int end = year == 0 ? i + 1 : splitYearEnd(i, year);
            if (year == 0 || !tied || touchesNumber(i - 1, i)
                    || end == i + 1 && isChar(i + 1, '-') && adjacent(i, i + 1)) {
                return null;
            }
            return new Found(i, end, year, 0, 0, null, Tense.UNKNOWN);
        }

        /**
         * The end of a financial or academic year that starts in the year at {@code i}: "2027-28" and "2021–2022" end
         * after the second year, which must be the next one; any other year ends after itself.
         */
        private int splitYearEnd(int i, int year) {
            Word next = at(i + 2);
            boolean joined = (isChar(i + 1, '-') || isChar(i + 1, '–')) && adjacent(i, i + 1) && adjacent(i + 1, i + 2)
                    && next != null && next.isDigits();
            boolean continued = isContinued(i + 2) || isChar(i + 3, '-') && adjacent(i + 2, i + 3);
            boolean following = joined && !continued && (next.text().length() == 2 && next.number() == (year + 1) % 100
                    || next.text().length() == 4 && next.number() == year + 1);
            return following ? i + 3 : i + 1;
        }

        /**
         * Whether capitalised words from {@code i} on name something a year can date: not a count's noun phrase
         * ("the 2000 US troops").
         */
        private boolean namesAfter(int i) {
            int k = i;
            while (at(k) != null && at(k).isLetters() && Character.isUpperCase(at(k).text().charAt(0))) {
                k++;
            }
            Word next = at(k);
            boolean pluralNoun = next != null && next.isLowerCaseWord() && next.lower().endsWith("s");
            return k > i && !pluralNoun;
        }

        private Found iso(int i) {
            Word year = at(i);
            if (year == null || !year.isDigits() || year.text().length() != 4 || touchesNumber(i - 1, i)
                    || !isChar(i + 1, '-') || !twoDigitsAt(i + 2) || !isChar(i + 3, '-') || !twoDigitsAt(i + 4)
                    || !adjacent(i, i + 1) || !adjacent(i + 1, i + 2) || !adjacent(i + 2, i + 3)
                    || !adjacent(i + 3, i + 4)
                    || (adjacent(i + 4, i + 5) && (words.get(i + 5).is('-') || continuesNumber(i + 5)))) {
                return null;
            }
            int month = words.get(i + 2).number();
            int day = words.get(i + 4).number();
            return isYear(year.number()) && exists(year.number(), month, day)
                    ? new Found(i, i + 5, year.number(), month, day, null, Tense.UNKNOWN) : null;
        }

        private Found monthFirst(int i) {
            MonthWord month = monthAt(i);
            if (month == null) {
                return null;
            }
            int day = dayAt(month.end());
            YearPart year = yearPart(day > 0 ? afterDay(month.end()) : month.end(), day > 0);
            if (day == 0 && year.year() == 0 && year.offset() == null) {
                return month.abbreviated() ? null : monthAlone(i, month.month(), month.end());
            }
            return exists(year.year(), month.month(), day)
                    ? new Found(i, year.end(), year.year(), month.month(), day, year.offset(), Tense.UNKNOWN) : null;
        }

        /** "in March", "in early August", "mid-August", "last March", "end of March"; a bare month is no date. */
        private Found monthAlone(int i, int month, int end) {
            Word before = at(i - 1);
            if (before == null) {
                return null;
            }
            String lower = before.lower();
            if (before.is('-') && adjacent(i - 1, i) && CalendarWords.isWord(at(i - 2), "mid")) {
                return new Found(i - 2, end, 0, month, 0, null, Tense.UNKNOWN);
            }
            switch (lower) {
                case "early", "mid", "late":
                    return new Found(i - 1, end, 0, month, 0, null, Tense.UNKNOWN);
                case "last":
                    return new Found(i - 1, end, 0, month, 0, null, Tense.PAST);
                case "next":
                    return new Found(i - 1, end, 0, month, 0, null, Tense.FUTURE);
                case "this":
                    return new Found(i - 1, end, 0, month, 0, null, Tense.UNKNOWN);
                case "of":
                    return partOfMonth(i, month, end);
                default:
                    return CalendarWords.relation(before) != null
                            ? new Found(i, end, 0, month, 0, null, Tense.UNKNOWN) : null;
            }
        }

        /** "the end of March", "the beginning of May": the month, with the phrase in the span. */
        private Found partOfMonth(int i, int month, int end) {
            Word part = at(i - 2);
            if (part == null || !CalendarWords.isPartOfPeriod(part)) {
                return null;
            }
            int first = CalendarWords.isWord(at(i - 3), "the") ? i - 3 : i - 2;
            return new Found(first, end, 0, month, 0, null, Tense.UNKNOWN);
        }

        private Found dayFirst(int i) {
            int day = dayAt(i);
            if (day == 0 || touchesNumber(i - 1, i)) {
                return null;
            }
            int j = afterDay(i);
            boolean ordinal = j > i + 1;
            MonthWord month = monthAt(ordinal && CalendarWords.isWord(at(j), "of") ? j + 1 : j);
            if (month == null) {
                return null;
            }
            YearPart year = yearPart(month.end(), true);
            int first = CalendarWords.isWord(at(i - 1), "the") ? i - 1 : i;
            return exists(year.year(), month.month(), day)
                    ? new Found(first, year.end(), year.year(), month.month(), day, year.offset(), Tense.UNKNOWN)
                    : null;
        }

        /** The capitalised month name or abbreviation ("Aug", "Aug.") at {@code i}, or {@code null}. */
        private MonthWord monthAt(int i) {
            Word word = at(i);
            if (word == null) {
                return null;
            }
            int month = CalendarWords.month(word);
            if (month > 0) {
                return new MonthWord(month, false, i + 1);
            }
            month = CalendarWords.monthAbbreviation(word);
            if (month == 0) {
                return null;
            }
            return new MonthWord(month, true, isChar(i + 1, '.') && adjacent(i, i + 1) ? i + 2 : i + 1);
        }

        /** The year closing a date at {@code j}: ", 2024" (comma only after a day), "2024", or "next year". */
        private YearPart yearPart(int j, boolean afterDay) {
            int at = afterDay && isChar(j, ',') ? j + 1 : j;
            int year = yearAt(at);
            if (year > 0) {
                return new YearPart(year, null, at + 1);
            }
            Integer offset = relativeYear(j);
            return new YearPart(0, offset, offset != null ? j + 2 : j);
        }

        /** "on Tuesday", "last Friday", "said Monday"; not "a Tuesday", not a weekday opening the sentence. */
        private int weekday(int i, DayOfWeek weekday) {
            Word before = at(i - 1);
            if (before == null) {
                return i;
            }
            int first = i;
            Tense modifier = Tense.UNKNOWN;
            switch (before.lower()) {
                case "last" -> {
                    first = i - 1;
                    modifier = Tense.PAST;
                }
                case "next" -> {
                    first = i - 1;
                    modifier = Tense.FUTURE;
                }
                case "this" -> first = i - 1;
                default -> {
                    boolean bareAfterVerb = before.isLowerCaseWord() && !CalendarWords.isGenericDeterminer(before);
                    if (CalendarWords.relation(before) == null && !bareAfterVerb) {
                        return i;
                    }
                }
            }
            String relation = relationBefore(first);
            return add(new WeekdayDate(startOf(first, relation), words.get(i).end(), relation, weekday, modifier),
                    i + 1);
        }

        /** "yesterday", "today", "tomorrow", "last week", "earlier this month", "two days ago". */
        private int relative(int i) {
            Word word = words.get(i);
            switch (word.lower()) {
                case "yesterday":
                    return addRelative(i, i + 1, ChronoUnit.DAYS, -1);
                case "today":
                    return isNamePart(i) ? i : addRelative(i, i + 1, ChronoUnit.DAYS, 0);
                case "tomorrow":
                    return addRelative(i, i + 1, ChronoUnit.DAYS, 1);
                case "last", "this", "next":
                    return periodNamed(i);
                default:
                    return periodsAgo(i);
            }
        }

        private int periodNamed(int i) {
            Word unitWord = at(i + 1);
            ChronoUnit unit = unitWord == null ? null : CalendarWords.unit(unitWord);
            if (unit == null || unit == ChronoUnit.DAYS || unitWord.text().endsWith("s")
                    || CalendarWords.isWord(at(i - 1), "the")) {
                return i;
            }
            String lower = words.get(i).lower();
            int offset = lower.equals("last") ? -1 : lower.equals("next") ? 1 : 0;
            Word before = at(i - 1);
            boolean hedged = before != null && (CalendarWords.isWord(before, "earlier")
                    || CalendarWords.isWord(before, "later"));
            return addRelative(hedged ? i - 1 : i, i + 2, unit, offset);
        }

        private int periodsAgo(int i) {
            int count = CalendarWords.count(words.get(i));
            Word unitWord = at(i + 1);
            ChronoUnit unit = unitWord == null ? null : CalendarWords.unit(unitWord);
            if (count == 0 || unit == null || !CalendarWords.isWord(at(i + 2), "ago") || touchesNumber(i - 1, i)) {
                return i;
            }
            return addRelative(i, i + 3, unit, -count);
        }

        private int addRelative(int first, int end, ChronoUnit unit, int offset) {
            String relation = relationBefore(first);
            return add(new RelativeDate(startOf(first, relation), words.get(end - 1).end(), relation, unit, offset),
                    end);
        }

        /** "Russia Today": a capitalised word after a capitalised word is part of a name. */
        private boolean isNamePart(int i) {
            Word before = at(i - 1);
            return !words.get(i).isLowerCaseWord() && before != null && before.isLetters()
                    && !before.isLowerCaseWord();
        }

        private StatedDate stated(Found date, int first) {
            String relation = relationBefore(first);
            return new StatedDate(startOf(first, relation), words.get(date.end() - 1).end(), relation, date.year(),
                    date.month(), date.day(), date.yearOffset(), date.modifier());
        }

        private String relationBefore(int first) {
            Word before = at(first - 1);
            return before == null ? null : CalendarWords.relation(before);
        }

        private int startOf(int first, String relation) {
            return relation != null ? words.get(first - 1).start() : words.get(first).start();
        }

        /** The day of month written at {@code j} (1–31, optionally "6th"), or 0 when the number is not a day. */
        private int dayAt(int j) {
            Word word = at(j);
            if (word == null || !word.isDigits() || word.text().length() > 2) {
                return 0;
            }
            int day = word.number();
            return day >= 1 && day <= 31 && endsAsDay(j) ? day : 0;
        }

        /** Whether the number at {@code j} ends as a day does: "6", "6th", "6-8"; not "6pm", "6:30", "6,000". */
        private boolean endsAsDay(int j) {
            Word next = at(j + 1);
            if (next == null || !adjacent(j, j + 1)) {
                return true;
            }
            if (next.isLetters()) {
                return isOrdinalSuffix(next);
            }
            return next.is('-') || !continuesNumber(j + 1);
        }

        private int afterDay(int j) {
            Word next = at(j + 1);
            return next != null && adjacent(j, j + 1) && next.isLetters() ? j + 2 : j + 1;
        }

        /** A year written at {@code k} (four digits, not part of a longer number), or 0. */
        private int yearAt(int k) {
            Word word = at(k);
            if (word == null || !word.isDigits() || word.text().length() != 4) {
                return 0;
            }
            int year = word.number();
            return isYear(year) && !isContinued(k) ? year : 0;
        }

        /** Whether the number at {@code k} runs on into letters or more of a number: "2024th", "2024.5", "2024:". */
        private boolean isContinued(int k) {
            Word next = at(k + 1);
            return next != null && adjacent(k, k + 1) && (next.isLetters() || continuesNumber(k + 1));
        }

        /** "next year", "this year", "last year" at {@code j}: the year offset, or {@code null}. */
        private Integer relativeYear(int j) {
            if (!CalendarWords.isWord(at(j + 1), "year")) {
                return null;
            }
            Word word = at(j);
            if (CalendarWords.isWord(word, "next")) {
                return 1;
            }
            if (CalendarWords.isWord(word, "last")) {
                return -1;
            }
            return CalendarWords.isWord(word, "this") ? 0 : null;
        }

        /** Whether the character word at {@code k} carries a number on: "6:30", "6,000", "6.5", "6%". */
        private boolean continuesNumber(int k) {
            Word mark = words.get(k);
            if (mark.is(':') || mark.is('%') || mark.is('/')) {
                return true;
            }
            return (mark.is(',') || mark.is('.')) && k + 1 < words.size() && adjacent(k, k + 1)
                    && words.get(k + 1).isDigits();
        }

        /** Whether the word at {@code before} is glued to a number at {@code i}: "$6", "1.6", "3-6", "2/6". */
        private boolean touchesNumber(int before, int i) {
            Word word = at(before);
            return word != null && adjacent(before, i) && !word.isLetters();
        }

        private static boolean isOrdinalSuffix(Word word) {
            return switch (word.text()) {
                case "st", "nd", "rd", "th" -> true;
                default -> false;
            };
        }

        private boolean twoDigitsAt(int k) {
            Word word = at(k);
            return word != null && word.isDigits() && word.text().length() == 2;
        }

        private boolean isChar(int k, char c) {
            Word word = at(k);
            return word != null && word.is(c);
        }

        private boolean adjacent(int left, int right) {
            return left >= 0 && right < words.size() && words.get(left).end() == words.get(right).start();
        }

        /** The word at {@code k}, or {@code null} outside the text or inside an earlier expression. */
        private Word at(int k) {
            return k >= floor && k < words.size() ? words.get(k) : null;
        }
    }

    /** Whether a four-digit number is read as a year of news: 1900 to 2099. */
    private static boolean isYear(int number) {
        return number >= 1900 && number <= 2099;
    }

    /** Whether the stated parts can be a date: day within the month, and a real day when the year is known. */
    static boolean exists(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 0) {
            return false;
        }
        if (year == 0) {
            return day <= Month.of(month).maxLength();
        }
        try {
            LocalDate.of(year, month, Math.max(day, 1));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
