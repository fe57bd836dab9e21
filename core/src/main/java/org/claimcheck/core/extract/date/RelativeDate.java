package org.claimcheck.core.extract.date;

import java.time.temporal.ChronoUnit;

/**
 * A period counted from the publication date: "yesterday" (days, -1), "two days ago" (days, -2), "last week"
 * (weeks, -1), "earlier this month" (months, 0), "last year" (years, -1).
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param relation the preposition before it, or {@code null}
 * @param unit     {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or
 *                 {@link ChronoUnit#YEARS}
 * @param offset   how many units from the period holding the publication date; negative is earlier
 */
public record RelativeDate(int start, int end, String relation, ChronoUnit unit, int offset)
        implements DateExpression {
}
