package org.claimcheck.reports;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How reports are written.
 *
 * @param prettyJson     indent the JSON and SARIF files
 * @param colour         colour the console view with ANSI escapes; the caller turns it on only for a terminal
 * @param repositoryRoot the folder SARIF and Markdown paths are made relative to, or {@code null} to keep the
 *                       paths as given
 * @param timestamp      when the run happened, written into JSON and SARIF; {@code null} (the default) keeps the
 *                       output byte-identical across runs
 */
public record ReportOptions(boolean prettyJson, boolean colour, Path repositoryRoot, Instant timestamp) {

    /** Pretty JSON, no colour, paths as given, no timestamp. */
    public static ReportOptions defaults() {
        return new ReportOptions(true, false, null, null);
    }

    /** A copy with JSON indentation switched. */
    public ReportOptions withPrettyJson(boolean pretty) {
        return new ReportOptions(pretty, colour, repositoryRoot, timestamp);
    }

    /** A copy with console colour switched. */
    public ReportOptions withColour(boolean useColour) {
        return new ReportOptions(prettyJson, useColour, repositoryRoot, timestamp);
    }

    /** A copy with another repository root. */
    public ReportOptions withRepositoryRoot(Path root) {
        return new ReportOptions(prettyJson, colour, root, timestamp);
    }

    /** A copy with another timestamp. */
    public ReportOptions withTimestamp(Instant time) {
        return new ReportOptions(prettyJson, colour, repositoryRoot, time);
    }
}
