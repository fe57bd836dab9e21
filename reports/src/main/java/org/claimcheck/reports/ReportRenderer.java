package org.claimcheck.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.claimcheck.rules.CheckResult;

/** Turns a check result into the complete text of one report format. Implementations are stateless. */
public interface ReportRenderer {

    /** The whole report; the same result and options always give the same text. */
    String render(CheckResult result, ReportOptions options);

    /**
     * Writes the report to {@code out} in UTF-8: the same text as {@link #render}. Formats whose size grows with the
     * number of claims write it piece by piece, so a large archive's report is never held in memory whole.
     */
    default void write(CheckResult result, ReportOptions options, OutputStream out) throws IOException {
        out.write(render(result, options).getBytes(StandardCharsets.UTF_8));
    }
}
