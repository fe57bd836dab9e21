package org.claimcheck.core.extract.date;

import java.time.DayOfWeek;

/**
 * A day named by its weekday: "on Tuesday", "last Friday", "said Monday".
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param relation the preposition before it, or {@code null}
 * @param weekday  the day of the week
 * @param modifier {@link Tense#PAST} for "last Tuesday", {@link Tense#FUTURE} for "next Tuesday", otherwise
 *                 {@link Tense#UNKNOWN}
 */
public record WeekdayDate(int start, int end, String relation, DayOfWeek weekday, Tense modifier)
        implements DateExpression {
}
