package org.claimcheck.reports;

import org.claimcheck.rules.CheckResult;

/** Turns a check result into the complete text of one report format. Implementations are stateless. */
public interface ReportRenderer {

    /** The whole report; the same result and options always give the same text. */
    String render(CheckResult result, ReportOptions options);
}
