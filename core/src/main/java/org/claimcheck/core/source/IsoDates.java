package org.claimcheck.core.source;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads publication dates written as ISO 8601: {@code 2024-08-16}, or a date-time whose date part is used. */
final class IsoDates {
    private IsoDates() {
    }

    /** The date of {@code value}, or {@code null} when it is {@code null} or not an ISO date or date-time. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        boolean dateTime = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ');
        if (text.length() != 10 && !dateTime) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
