package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void parsesTheFullListIgnoringCaseAndBlanks() {
        assertThat(ReportFormat.parseList("json, HTML ,sarif,markdown,console,json"))
                .containsExactly(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.SARIF, ReportFormat.MARKDOWN,
                        ReportFormat.CONSOLE);
    }

    @Test
    void namesTheUnknownFormatAndTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormat.parseList("json,xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml' (expected one of json, html, sarif, markdown, console)");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> ReportFormat.parseList(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no report format given");
    }

    @Test
    void fileFormatsHaveTheirFileNames() {
        assertThat(ReportFormat.MARKDOWN.fileName()).isEqualTo("report.md");
        assertThat(ReportFormat.SARIF.fileName()).isEqualTo("report.sarif");
        assertThat(ReportFormat.CONSOLE.isFile()).isFalse();
    }
}
