package org.claimcheck.reports;

import java.util.Optional;

import org.claimcheck.core.model.Claim;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.Severity;

/**
 * The short console view, one line per item in the form compilers use so editors and CI can jump to it: input
 * problems as {@code path:line: error: message}, findings as {@code path:line:column: severity: message [rule]} at
 * their reference claim, then one summary line. ANSI colour only when the options ask for it; control characters in
 * article text are never printed.
 */
public final class ConsoleReport implements ReportRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    @Override
    public String render(CheckResult result, ReportOptions options) {
        ResultIndex index = new ResultIndex(result);
        StringBuilder out = new StringBuilder();
        for (InputProblem problem : result.problems()) {
            out.append(ClaimText.singleLine(problem.path()));
            if (problem.line() > 0) {
                out.append(':').append(problem.line());
            }
            out.append(": ").append(paint("error", Severity.ERROR, options)).append(": ")
                    .append(ClaimText.singleLine(problem.message())).append('\n');
        }
        for (Finding finding : result.findings()) {
            Optional<Claim> claim = index.primaryClaim(finding);
            claim.ifPresent(c -> out.append(ClaimText.singleLine(c.mention().path())).append(':')
                    .append(c.mention().span().line()).append(':').append(c.mention().span().column()).append(": "));
            out.append(paint(finding.severity().wireName(), finding.severity(), options)).append(": ")
                    .append(ClaimText.singleLine(finding.message()))
                    .append(" [").append(ClaimText.singleLine(finding.rule())).append("]\n");
        }
        Summary summary = Summary.of(result);
        String line = Summary.plural(summary.findings(), "finding") + " (" + summary.severityLine() + ") in "
                + Summary.plural(summary.documents(), "article") + ", " + Summary.plural(summary.claims(), "claim")
                + (summary.problems() > 0 ? "; " + Summary.plural(summary.problems(), "input problem") : "");
        out.append(options.colour() ? BOLD + line + RESET : line).append('\n');
        return out.toString();
    }

    private static String paint(String text, Severity severity, ReportOptions options) {
        if (!options.colour()) {
            return text;
        }
        String colour = switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[36m";
        };
        return colour + text + RESET;
    }
}
