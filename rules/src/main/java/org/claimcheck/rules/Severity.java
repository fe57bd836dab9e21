package org.claimcheck.rules;

import java.util.Locale;

/** How serious a finding is. {@code ERROR}: practically no false alarms; {@code WARNING}: needs a human look;
 * {@code INFO}: updates and notes. Ordered from least to most severe. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Lower-case name used in reports and configuration. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning or info)");
    }

    /** Whether this severity is at least {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
