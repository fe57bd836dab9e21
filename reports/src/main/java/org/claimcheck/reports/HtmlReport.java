package org.claimcheck.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One self-contained HTML page to read side by side: a summary, every finding with its claims' sentences next to
 * each other and the claims highlighted, filters by severity, rule and article, and every article's claims. The page
 * is built as a DOM, so all article text is escaped; its Content-Security-Policy admits only the page's own inline
 * style and (by hash) its own inline script, and no network.
 */
public final class HtmlReport implements ReportRenderer {
    private static final String STYLE = Resources.text("report.css");
    private static final String SCRIPT = Resources.text("report.js");
    /** Beyond this many articles, the page lists only the articles with findings. */
    static final int MAX_ARTICLES_LISTED = 200;

    /** The page's Content-Security-Policy. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src '"
            + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private final Path reportDir;

    /** A report whose file names are shown as text only. */
    public HtmlReport() {
        this(null);
    }

    /** @param reportDir the folder the page is written to, so files can be linked relative to it; or {@code null} */
    public HtmlReport(Path reportDir) {
        this.reportDir = reportDir == null ? null : reportDir.toAbsolutePath().normalize();
    }

    @Override
    public String render(CheckResult result, ReportOptions options) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        page.selectFirst("html").attr("lang", "en");
        head(page.head());
        Element body = page.body();
        ResultIndex index = new ResultIndex(result);
        Summary summary = Summary.of(result);
        header(body, result, options, summary);
        findings(body.appendElement("section").id("findings"), result, index, summary);
        articles(body.appendElement("section").id("articles"), result, index);
        if (!result.problems().isEmpty()) {
            problems(body.appendElement("section").id("problems"), result.problems());
        }
        body.appendElement("script").appendChild(new DataNode(SCRIPT));
        return "<!DOCTYPE html>\n" + page.outerHtml() + "\n";
    }

    private static void head(Element head) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("claimcheck report");
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    private static void header(Element body, CheckResult result, ReportOptions options, Summary summary) {
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Claim consistency report");
        String made = "claimcheck " + result.toolVersion()
                + (options.timestamp() == null ? "" : ", " + options.timestamp());
        header.appendElement("p").addClass("muted").text(made);
        Element nav = header.appendElement("nav");
        nav.appendElement("a").attr("href", "#findings").text("Findings");
        nav.appendElement("a").attr("href", "#articles").text("Articles");
        if (!result.problems().isEmpty()) {
            nav.appendElement("a").attr("href", "#problems").text("Input problems");
        }
        Element cards = header.appendElement("div").addClass("cards").id("summary");
        card(cards, summary.documents(), "article", "articles");
        card(cards, summary.claims(), "claim", "claims");
        card(cards, summary.findings(), "finding", "findings");
        card(cards, summary.count(Severity.ERROR), "error", "errors");
        card(cards, summary.count(Severity.WARNING), "warning", "warnings");
        card(cards, summary.count(Severity.INFO), "info", "info");
        card(cards, summary.problems(), "input problem", "input problems");
        if (!summary.byRule().isEmpty()) {
            Element table = header.appendElement("table").addClass("rules");
            Element heading = table.appendElement("tr");
            heading.appendElement("th").text("Rule");
            heading.appendElement("th").text("Findings");
            heading.appendElement("th").text("What it checks");
            for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
                Element row = table.appendElement("tr");
                row.appendElement("td").appendElement("code").text(entry.getKey());
                row.appendElement("td").text(String.valueOf(entry.getValue()));
                row.appendElement("td").text(result.rule(entry.getKey()).map(RuleInfo::summary).orElse(""));
            }
        }
    }

    private static void card(Element cards, int count, String singular, String plural) {
        Element card = cards.appendElement("div").addClass("card");
        card.appendElement("strong").text(String.valueOf(count));
        card.appendText(" " + (count == 1 ? singular : plural));
    }

    private void findings(Element section, CheckResult result, ResultIndex index, Summary summary) {
        section.appendElement("h2").text("Findings");
        Element filters = section.appendElement("div").addClass("filters");
        Element severities = select(filters, "filter-severity", "Severity", "all severities");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            severities.appendElement("option").val(severity.wireName()).text(severity.wireName());
        }
        Element rules = select(filters, "filter-rule", "Rule", "all rules");
        summary.byRule().keySet().forEach(rule -> rules.appendElement("option").val(rule).text(rule));
        Element articles = select(filters, "filter-article", "Article", "all articles");
        listedDocuments(result, index)
                .forEach(d -> articles.appendElement("option").val(d.id()).text(documentLabel(d)));
        filters.appendElement("span").id("filter-count").addClass("muted")
                .text("Showing " + result.findings().size() + " of " + result.findings().size() + " findings");
        if (result.findings().isEmpty()) {
            section.appendElement("p").text("No findings: the claims that could be compared agree.");
        }
        for (Finding finding : result.findings()) {
            finding(section, finding, result, index);
        }
    }

    private static Element select(Element filters, String id, String label, String allLabel) {
        Element wrapper = filters.appendElement("label");
        wrapper.appendText(label + " ");
        Element select = wrapper.appendElement("select").id(id);
        select.appendElement("option").val("").text(allLabel);
        return select;
    }

    private void finding(Element section, Finding finding, CheckResult result, ResultIndex index) {
        List<Claim> claims = index.claimsOf(finding);
        String severity = finding.severity().wireName();
        Element box = section.appendElement("article").addClass("finding").addClass(severity)
                .id("finding-" + finding.id())
                .attr("data-severity", severity)
                .attr("data-rule", finding.rule())
                .attr("data-articles", claims.stream().map(c -> c.mention().documentId()).distinct()
                        .collect(Collectors.joining(" ")));
        Element title = box.appendElement("h3");
        title.appendElement("span").addClass("badge").addClass(severity).text(severity);
        title.appendText(finding.message());
        Element rule = box.appendElement("p").addClass("meta");
        rule.appendText("Rule ");
        rule.appendElement("code").text(finding.rule());
        result.rule(finding.rule()).ifPresent(info -> rule.appendText(" (" + info.name() + "): " + info.summary()));
        Element grid = box.appendElement("div").addClass("claims");
        for (Claim claim : claims) {
            claimCard(grid, claim, index.documentOf(claim));
        }
        if (finding.explanation() != null) {
            box.appendElement("p").addClass("explanation").text(finding.explanation());
        }
    }

    private void claimCard(Element grid, Claim claim, Optional<DocumentInfo> document) {
        Element card = grid.appendElement("div").addClass("claim");
        card.appendElement("h4").text(document.map(HtmlReport::documentLabel).orElse(claim.mention().path()));
        document.ifPresent(d -> card.appendElement("p").addClass("meta").text(documentMeta(d)));
        Element sentence = card.appendElement("p").addClass("sentence");
        SentenceHighlight cut = SentenceHighlight.of(claim.mention());
        sentence.appendText(cut.before());
        if (cut.found()) {
            sentence.appendElement("mark").text(cut.claim());
        }
        sentence.appendText(cut.after());
        if (!cut.found()) {
            card.appendElement("p").appendText("Claim: ").appendElement("mark").text(claim.mention().text());
        }
        Element value = card.appendElement("p");
        value.appendText("Value: ");
        value.appendElement("span").addClass("value").text(ClaimText.value(claim));
        Element where = card.appendElement("p").addClass("meta");
        where(where, claim);
        where.appendText(" · ");
        where.appendElement("a").attr("href", "#claim-" + claim.id()).text(claim.id());
    }

    private void where(Element parent, Claim claim) {
        String label = claim.mention().path() + ":" + claim.mention().span().line() + ":"
                + claim.mention().span().column();
        Optional<String> href = fileHref(claim.mention().path());
        if (href.isPresent()) {
            parent.appendElement("a").attr("href", href.get()).text(label);
        } else {
            parent.appendElement("code").text(label);
        }
    }

    /** A relative link from the report's folder to the file, when one can be made that is only a path. */
    private Optional<String> fileHref(String path) {
        if (reportDir == null) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(path).toAbsolutePath().normalize();
            if (file.getRoot() == null || !file.getRoot().equals(reportDir.getRoot())) {
                return Optional.empty();
            }
            String relative = reportDir.relativize(file).toString().replace('\\', '/');
            return Optional.of(RepositoryPaths.uriReference(relative));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void articles(Element section, CheckResult result, ResultIndex index) {
        section.appendElement("h2").text("Articles");
        Map<String, List<Claim>> claimsByDocument = result.claims().stream()
                .collect(Collectors.groupingBy(c -> c.mention().documentId()));
        List<DocumentInfo> listed = listedDocuments(result, index);
        if (listed.size() < result.documents().size()) {
            section.appendElement("p").addClass("muted").text((result.documents().size() - listed.size())
                    + " articles without findings are not listed here; report.json lists every article and claim.");
        }
        for (DocumentInfo document : listed) {
            Element box = section.appendElement("section").addClass("article").id("article-" + document.id());
            box.appendElement("h3").text(documentLabel(document));
            box.appendElement("p").addClass("meta").text(documentMeta(document));
            List<Claim> claims = claimsByDocument.getOrDefault(document.id(), List.of());
            if (claims.isEmpty()) {
                box.appendElement("p").addClass("muted").text("No claims found.");
                continue;
            }
            Element table = box.appendElement("table");
            Element heading = table.appendElement("tr");
            for (String name : List.of("Claim", "Kind", "Text", "Value", "Line")) {
                heading.appendElement("th").text(name);
            }
            for (Claim claim : claims) {
                Element row = table.appendElement("tr").id("claim-" + claim.id());
                row.appendElement("td").text(claim.id());
                row.appendElement("td").text(claim.kind());
                row.appendElement("td").text(claim.mention().text());
                row.appendElement("td").text(ClaimText.value(claim));
                row.appendElement("td").text(claim.mention().span().line() + ":" + claim.mention().span().column());
            }
        }
    }

    /**
     * The articles the page shows: all of them in a small run, only those with findings once there are more than
     * {@link #MAX_ARTICLES_LISTED}, so that the page of a whole archive stays readable.
     */
    private static List<DocumentInfo> listedDocuments(CheckResult result, ResultIndex index) {
        if (result.documents().size() <= MAX_ARTICLES_LISTED) {
            return result.documents();
        }
        Set<String> withFindings = new HashSet<>();
        for (Finding finding : result.findings()) {
            index.claimsOf(finding).forEach(claim -> withFindings.add(claim.mention().documentId()));
        }
        return result.documents().stream().filter(d -> withFindings.contains(d.id())).toList();
    }

    private static void problems(Element section, List<InputProblem> problems) {
        section.appendElement("h2").text("Input problems");
        Element list = section.appendElement("ul");
        problems.forEach(p -> list.appendElement("li").text(p.describe()));
    }

    private static String documentLabel(DocumentInfo document) {
        return document.title() == null || document.title().isBlank() ? document.path() : document.title();
    }

    private static String documentMeta(DocumentInfo document) {
        StringBuilder meta = new StringBuilder();
        if (document.outlet() != null) {
            meta.append(document.outlet()).append(" · ");
        }
        if (document.date() != null) {
            meta.append(document.date()).append(" · ");
        }
        return meta.append(document.path()).toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
