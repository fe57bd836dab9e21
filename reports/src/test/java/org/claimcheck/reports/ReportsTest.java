package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path temp;

    @Test
    void writesEveryFileFormatAndTheConsoleView() throws IOException {
        Path out = temp.resolve("nested/out");
        StringBuilder console = new StringBuilder();
        List<Path> written = Reports.write(SampleResult.build(), out, EnumSet.allOf(ReportFormat.class),
                ReportOptions.defaults(), console);
        assertThat(written).containsExactly(out.resolve("report.json"), out.resolve("report.html"),
                out.resolve("report.sarif"), out.resolve("report.md"));
        assertThat(fileNames(out)).containsExactly("report.html", "report.json", "report.md", "report.sarif");
        assertThat(Files.readString(out.resolve("report.json")))
                .isEqualTo(new JsonReport().render(SampleResult.build(), ReportOptions.defaults()));
        assertThat(Files.readString(out.resolve("report.html")))
                .isEqualTo(new HtmlReport(out).render(SampleResult.build(), ReportOptions.defaults()));
        assertThat(console.toString()).endsWith("3 findings (1 error, 1 warning, 1 info) in 2 articles, 6 claims; "
                + "1 input problem\n");
    }

    @Test
    void rewritingReplacesFilesWithIdenticalBytesAndLeavesNoTemporaryFiles() throws IOException {
        Files.writeString(temp.resolve("report.md"), "an older, longer report that must disappear entirely\n".repeat(50));
        Reports.write(SampleResult.build(), temp, EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN),
                ReportOptions.defaults(), new StringBuilder());
        byte[] html = Files.readAllBytes(temp.resolve("report.html"));
        byte[] md = Files.readAllBytes(temp.resolve("report.md"));
        Reports.write(SampleResult.build(), temp, EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN),
                ReportOptions.defaults(), new StringBuilder());
        assertThat(Files.readAllBytes(temp.resolve("report.html"))).isEqualTo(html);
        assertThat(Files.readAllBytes(temp.resolve("report.md"))).isEqualTo(md);
        assertThat(new String(md, StandardCharsets.UTF_8)).startsWith("### claimcheck:")
                .doesNotContain("older");
        assertThat(fileNames(temp)).containsExactly("report.html", "report.md");
    }

    @Test
    void consoleOnlyWritesNoFiles() throws IOException {
        StringBuilder console = new StringBuilder();
        Path out = temp.resolve("unused");
        assertThat(Reports.write(SampleResult.build(), out, EnumSet.of(ReportFormat.CONSOLE), ReportOptions.defaults(),
                console)).isEmpty();
        assertThat(Files.exists(out)).isFalse();
        assertThat(console.toString()).hasLineCount(5);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
