package org.claimcheck.core.extract.date;

/**
 * A calendar date written out: "August 6", "6 August 2024", "the 20th of November", "in March", "2024-08-06",
 * "January 20 next year".
 *
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param relation   the preposition before it, or {@code null}
 * @param year       the stated year, or 0 when not stated
 * @param month      1–12
 * @param day        1–31, or 0 when only the month is stated
 * @param yearOffset the year relative to the reference year ("next year" = 1), or {@code null} when not said
 * @param modifier   {@link Tense#PAST} for "last March", {@link Tense#FUTURE} for "next March", otherwise
 *                   {@link Tense#UNKNOWN}
 */
public record StatedDate(int start, int end, String relation, int year, int month, int day, Integer yearOffset,
                         Tense modifier) implements DateExpression {
}
