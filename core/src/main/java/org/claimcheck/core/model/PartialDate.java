package org.claimcheck.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date as precise as it was stated: a year, a month of a year, or a day. Printed as ISO 8601
 * ({@code 2024}, {@code 2024-03}, {@code 2024-08-06}).
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || (day > 0 && month == 0)) {
            throw new DateTimeException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // rejects 2015-02-29 and 2024-04-31
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code 2024}, {@code 2024-03} or {@code 2024-08-06}. */
    public static PartialDate parse(String iso) {
        String[] parts = iso.split("-");
        try {
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            if (parts.length > 3) {
                throw new DateTimeException("not an ISO date: " + iso);
            }
            return new PartialDate(year, month, day);
        } catch (NumberFormatException e) {
            throw new DateTimeException("not an ISO date: " + iso, e);
        }
    }

    /** Whether the day is known. */
    public boolean hasDay() {
        return day > 0;
    }

    /** Whether the month is known. */
    public boolean hasMonth() {
        return month > 0;
    }

    /** The first day this date can mean. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean. */
    public LocalDate last() {
        if (hasDay()) {
            return first();
        }
        if (hasMonth()) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** Whether the two dates can mean the same day ("August 2024" and "2024-08-06" can). */
    public boolean compatibleWith(PartialDate other) {
        return !first().isAfter(other.last()) && !other.first().isAfter(last());
    }

    /** How many days lie between the nearest days the two dates can mean; 0 when they can mean the same day. */
    public long daysApart(PartialDate other) {
        if (compatibleWith(other)) {
            return 0;
        }
        if (last().isBefore(other.first())) {
            return other.first().toEpochDay() - last().toEpochDay();
        }
        return first().toEpochDay() - other.last().toEpochDay();
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = first().compareTo(other.first());
        return c != 0 ? c : last().compareTo(other.last());
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(10);
        padded(out, year, 4);
        if (hasMonth()) {
            padded(out.append('-'), month, 2);
        }
        if (hasDay()) {
            padded(out.append('-'), day, 2);
        }
        return out.toString();
    }

    /** Appends {@code value} as {@code %0<width>d} would. */
    private static void padded(StringBuilder out, long value, int width) {
        String digits = Long.toString(Math.abs(value));
        int sign = value < 0 ? 1 : 0;
        if (sign == 1) {
            out.append('-');
        }
        out.append("0".repeat(Math.max(0, width - sign - digits.length()))).append(digits);
    }
}
