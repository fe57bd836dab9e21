package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private final String markdown = new MarkdownReport().render(SampleResult.build(),
            ReportOptions.defaults().withRepositoryRoot(Path.of("").toAbsolutePath()));
    private final List<String> lines = markdown.lines().toList();

    @Test
    void opensWithTheCounts() {
        assertThat(lines.get(0)).isEqualTo("### claimcheck: 3 findings (1 error, 1 warning, 1 info)");
        assertThat(lines.get(2)).isEqualTo("2 articles, 6 claims checked; by rule: `figure-update` 1, "
                + "`numeric-mismatch` 1, `quote-speaker` 1.");
    }

    @Test
    void tableLinksEachFindingToItsLineAndEscapesHostileText() {
        int header = lines.indexOf("| | Severity | Rule | Where | Message |");
        assertThat(lines.subList(header + 1, header + 5)).containsExactly(
                "|---|---|---|---|---|",
                "| f1 | error | `numeric-mismatch` | [content/flood-update.md\\:4](content/flood-update.md#L4) | Flooded area\\: "
                        + "nearly 400 mi2 (1,036 km2) against about 1,300 km2, beyond the 10% tolerance. |",
                "| f2 | warning | `quote-speaker` | [content/flood-update.md\\:6](content/flood-update.md#L6) | Quote &lt;img src=x "
                        + "onerror=alert(5)&gt; \\| is attributed to another speaker. |",
                "| f3 | info | `figure-update` | [content/flood-update.md\\:4](content/flood-update.md#L4) | "
                        + "Rescue count revised to 10 to 12 people. |");
    }

    @Test
    void detailsShowTheSentencesWithTheClaimInBold() {
        assertThat(lines).contains("<details><summary>f2: Quote &lt;img src=x onerror=alert(5)&gt; | is attributed "
                + "to another speaker.</summary>");
        assertThat(lines).contains("- [content/flood-update.md\\:6](content/flood-update.md#L6): See &lt;a "
                + "href=&quot;javascript\\:alert(3)&quot;&gt;this&lt;/a&gt; &lt;script&gt;alert(4)&lt;/script&gt; "
                + "\\| pipe \\| \\*bold\\*\\: **3 boats** sank. (3 boat)");
        assertThat(lines).contains("The &lt;b&gt;words&lt;/b&gt; match but the speakers differ.");
        assertThat(markdown).doesNotContain("<script", "<img", "<a ", "<b>");
        assertThat(markdown.split("</details>", -1)).hasSize(4);
    }

    @Test
    void listsInputProblems() {
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("- content/broken.md\\:3\\: front matter is not valid YAML");
    }
}
