package org.claimcheck.reports;

import java.util.List;
import java.util.Map;

import org.claimcheck.core.model.Claim;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.InputProblem;

/**
 * A compact summary for a pull-request comment: the counts, a table of findings linking to {@code path#Lline}, and
 * each finding's sentences in a collapsed {@code <details>} block. Article text is escaped so it can neither break
 * the table nor become markup.
 */
public final class MarkdownReport implements ReportRenderer {

    @Override
    public String render(CheckResult result, ReportOptions options) {
        Summary summary = Summary.of(result);
        ResultIndex index = new ResultIndex(result);
        RepositoryPaths paths = new RepositoryPaths(options.repositoryRoot());
        StringBuilder md = new StringBuilder();
        md.append("### claimcheck: ").append(Summary.plural(summary.findings(), "finding"))
                .append(" (").append(summary.severityLine()).append(")\n\n");
        md.append(Summary.plural(summary.documents(), "article")).append(", ")
                .append(Summary.plural(summary.claims(), "claim")).append(" checked");
        if (!summary.byRule().isEmpty()) {
            md.append("; by rule: ");
            String separator = "";
            for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
                md.append(separator).append('`').append(code(entry.getKey())).append("` ").append(entry.getValue());
                separator = ", ";
            }
        }
        md.append(".\n");
        if (!result.findings().isEmpty()) {
            md.append("\n| | Severity | Rule | Where | Message |\n|---|---|---|---|---|\n");
            for (Finding finding : result.findings()) {
                md.append("| ").append(finding.id()).append(" | ").append(finding.severity().wireName())
                        .append(" | `").append(code(finding.rule())).append("` | ")
                        .append(index.primaryClaim(finding).map(c -> link(c, paths)).orElse(""))
                        .append(" | ").append(escape(finding.message())).append(" |\n");
            }
            for (Finding finding : result.findings()) {
                details(md, finding, index.claimsOf(finding), paths);
            }
        }
        if (!result.problems().isEmpty()) {
            md.append("\n**Input problems**\n\n");
            for (InputProblem problem : result.problems()) {
                md.append("- ").append(escape(problem.describe())).append('\n');
            }
        }
        return md.toString();
    }

    private static void details(StringBuilder md, Finding finding, List<Claim> claims, RepositoryPaths paths) {
        md.append("\n<details><summary>").append(finding.id()).append(": ").append(escapeHtml(finding.message()))
                .append("</summary>\n\n");
        for (Claim claim : claims) {
            SentenceHighlight cut = SentenceHighlight.of(claim.mention());
            md.append("- ").append(link(claim, paths)).append(": ");
            if (cut.found()) {
                md.append(escape(cut.before())).append("**").append(escape(cut.claim())).append("**")
                        .append(escape(cut.after()));
            } else {
                md.append("**").append(escape(claim.mention().text())).append("** in ").append(escape(cut.after()));
            }
            md.append(" (").append(escape(ClaimText.value(claim))).append(")\n");
        }
        if (finding.explanation() != null) {
            md.append("\n").append(escape(finding.explanation())).append('\n');
        }
        md.append("\n</details>\n");
    }

    /** {@code [path:line](path#Lline)}, a link only when the path is inside the repository. */
    private static String link(Claim claim, RepositoryPaths paths) {
        int line = claim.mention().span().line();
        String relative = paths.relative(claim.mention().path());
        String label = escape(paths.display(claim.mention().path()) + ":" + line);
        if (relative == null) {
            return label;
        }
        return "[" + label + "](" + RepositoryPaths.uriReference(relative).replace(")", "%29") + "#L" + line + ")";
    }

    /**
     * Article text as literal Markdown on one line, for a table cell or list item: the characters that open inline
     * markup, table cells, math, autolinks or mentions are backslash-escaped, and {@code <}, {@code >}, {@code &}
     * become entities so no HTML survives.
     */
    static String escape(String text) {
        String line = ClaimText.singleLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]!|~$:@".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                appendHtml(out, c);
            }
        }
        return out.toString();
    }

    /** Text inside an HTML element of the comment, where Markdown escapes do not apply: entities only. */
    static String escapeHtml(String text) {
        String line = ClaimText.singleLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            appendHtml(out, line.charAt(i));
        }
        return out.toString();
    }

    private static void appendHtml(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }

    /** Text for an inline code span: backticks and pipes cannot occur inside. */
    private static String code(String text) {
        return ClaimText.singleLine(text).replace("`", "'").replace("|", "\\|");
    }
}
