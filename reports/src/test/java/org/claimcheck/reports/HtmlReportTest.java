package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.rules.CheckResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final CheckResult result = SampleResult.build();
    private final Path reportDir = Path.of("target", "html-out").toAbsolutePath();
    private final String html = new HtmlReport(reportDir).render(result, ReportOptions.defaults());
    private final Document page = Jsoup.parse(html);

    @Test
    void hostileArticleTextStaysText() {
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, a[href^=javascript], iframe, object, embed, b")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
            }
        }
        assertThat(page.select("#article-d2 h3").text()).isEqualTo(SampleResult.HOSTILE_TITLE);
        assertThat(page.select("#article-d2 .meta").text()).startsWith(SampleResult.HOSTILE_OUTLET);
        assertThat(page.select("#finding-f2 h3").text()).isEqualTo("warning" + SampleResult.HOSTILE_MESSAGE);
        assertThat(page.select("#finding-f2 .explanation").text())
                .isEqualTo("The <b>words</b> match but the speakers differ.");
    }

    @Test
    void everyLinkIsAnAnchorOrARelativePath() {
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            int colon = href.indexOf(':');
            int slash = href.indexOf('/');
            assertThat(colon < 0 || (slash >= 0 && slash < colon)).as(href).isTrue();
        }
        assertThat(page.select("#finding-f1 .claim a").eachAttr("href"))
                .containsExactly("../../content/flood.md", "#claim-c1", "../../content/flood-update.md", "#claim-c4");
    }

    @Test
    void withoutAReportFolderFilesAreNamedNotLinked() {
        Document unlinked = Jsoup.parse(new HtmlReport().render(result, ReportOptions.defaults()));
        assertThat(unlinked.select("#finding-f1 .claim a").eachAttr("href")).containsExactly("#claim-c1", "#claim-c4");
        assertThat(unlinked.select("#finding-f1 .claim code").eachText())
                .containsExactly("content/flood.md:6:20", "content/flood-update.md:4:25");
    }

    @Test
    void policyAllowsOnlyTheInlineScriptByItsHash() throws Exception {
        String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        String script = page.select("script").first().data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash
                + "'; img-src 'none'; base-uri 'none'; form-action 'none'");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void summaryCountsArticlesClaimsAndFindings() {
        assertThat(page.select("#summary .card").eachText()).containsExactly("2 articles", "6 claims",
                "3 findings", "1 error", "1 warning", "1 info", "1 input problem");
        assertThat(page.select("table.rules td:eq(0)").eachText())
                .containsExactly("figure-update", "numeric-mismatch", "quote-speaker");
    }

    @Test
    void findingsShowBothSentencesWithTheClaimsHighlighted() {
        Element finding = page.getElementById("finding-f1");
        assertThat(finding.attr("data-severity")).isEqualTo("error");
        assertThat(finding.attr("data-rule")).isEqualTo("numeric-mismatch");
        assertThat(finding.attr("data-articles")).isEqualTo("d1 d2");
        Elements claims = finding.select(".claim");
        assertThat(claims).hasSize(2);
        assertThat(claims.select("mark").eachText()).containsExactly("nearly 400 square miles",
                "about 1,300 square kilometres");
        assertThat(claims.get(0).select(".sentence").text()).isEqualTo("Floodwater covered nearly 400 square miles "
                + "of the Varden valley on March 2, officials said.");
        assertThat(claims.select(".value").eachText()).containsExactly("nearly 400 mi2", "approximately 1300 km2");
        assertThat(finding.select(".explanation").text())
                .isEqualTo("Both sentences report the area covered by the Varden flood.");
        assertThat(page.select("#finding-f2 .claim mark").eachText())
                .containsExactly("We have never seen water this high,", "3 boats");
    }

    @Test
    void filtersOfferEverySeverityRuleAndArticle() {
        assertThat(page.select("#filter-severity option").eachAttr("value")).containsExactly("", "error", "warning",
                "info");
        assertThat(page.select("#filter-rule option").eachAttr("value")).containsExactly("", "figure-update",
                "numeric-mismatch", "quote-speaker");
        assertThat(page.select("#filter-article option").eachAttr("value")).containsExactly("", "d1", "d2");
    }

    @Test
    void articlesViewListsEachArticlesClaims() {
        assertThat(page.select("#article-d1 tr[id]").eachAttr("id")).containsExactly("claim-c1", "claim-c2",
                "claim-c3");
        assertThat(page.select("#claim-c5 td").eachText()).isEqualTo(List.of("c5", "quantity", "10 to 12 people",
                "10 to 12 person", "4:60"));
        assertThat(page.select("#problems li").text()).isEqualTo("content/broken.md:3: front matter is not valid YAML");
    }

    @Test
    void sameResultGivesTheSameBytes() {
        assertThat(new HtmlReport(reportDir).render(SampleResult.build(), ReportOptions.defaults())).isEqualTo(html);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void aLargeRunListsOnlyTheArticlesWithFindings() {
        List<DocumentInfo> documents = new ArrayList<>(result.documents());
        for (int i = 0; i < HtmlReport.MAX_ARTICLES_LISTED; i++) {
            documents.add(new DocumentInfo("x" + i, "archive/x" + i + ".md", null, "Quiet article " + i, null, null,
                    null));
        }
        CheckResult large = new CheckResult(result.toolVersion(), documents, result.claims(), result.findings(),
                result.rules(), result.problems());
        Document largePage = Jsoup.parse(new HtmlReport(reportDir).render(large, ReportOptions.defaults()));

        assertThat(largePage.select("#articles > section.article").eachAttr("id"))
                .containsExactly("article-d1", "article-d2");
        assertThat(largePage.select("#articles > p.muted").text()).isEqualTo(HtmlReport.MAX_ARTICLES_LISTED
                + " articles without findings are not listed here; report.json lists every article and claim.");
        assertThat(largePage.select("#filter-article option").eachAttr("value")).containsExactly("", "d1", "d2");
    }
}
