package org.claimcheck.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The views of a check result that can be written. */
public enum ReportFormat {
    JSON("report.json"),
    HTML("report.html"),
    SARIF("report.sarif"),
    MARKDOWN("report.md"),
    CONSOLE(null);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file this format is written to in the output folder, or {@code null} for the console. */
    public String fileName() {
        return fileName;
    }

    /** Whether this format is written to a file rather than to the console. */
    public boolean isFile() {
        return fileName != null;
    }

    /** The lower-case name used on the command line ({@code markdown}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses one format name, ignoring case and surrounding blanks. */
    public static ReportFormat parse(String name) {
        String wanted = name.trim();
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + wanted + "' (expected one of "
                + allNames() + ")");
    }

    /**
     * Parses a comma-separated list such as {@code json,html,sarif}; repeated names count once.
     *
     * @throws IllegalArgumentException naming the first unknown format, or when the list names none
     */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : list.split(",", -1)) {
            if (!name.isBlank()) {
                formats.add(parse(name));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given (expected one or more of " + allNames() + ")");
        }
        return formats;
    }

    private static String allNames() {
        return Stream.of(values()).map(ReportFormat::wireName).collect(Collectors.joining(", "));
    }
}
