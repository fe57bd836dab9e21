package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void rulesListsEveryRuleWithItsDefaultSeverity() {
        assertThat(run("rules")).isZero();
        assertThat(out.toString().lines()).hasSize(7)
                .anySatisfy(l -> assertThat(l).startsWith("numeric-mismatch").contains(" error ")
                        .endsWith("Two articles state the same figure with values that cannot both be true."))
                .anySatisfy(l -> assertThat(l).startsWith("figure-update").contains(" info "));
    }

    @Test
    void explainPrintsTheDocumentationOfARule() {
        assertThat(run("explain", "misquote")).isZero();
        assertThat(out.toString()).startsWith("misquote (Misquote, default severity warning)")
                .contains("What to do: Check the quotation against the original");
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        assertThat(run("explain", "no-such-rule")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown rule 'no-such-rule'. Run 'claimcheck rules' to list the rules.");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("a.md"), "Text.\n");
        assertThat(run("check", "--format", "json,xml", "--out", dir.resolve("out").toString(), dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown report format 'xml'");
    }

    @Test
    void checkWritesTheReportsAndFailsOnAnError() throws Exception {
        Files.writeString(dir.resolve("gazette.md"), "---\ndate: 2026-03-14\n---\n\n"
                + "Fourteen people were injured when the levee broke near Millbrook, the fire service said.\n");
        Files.writeString(dir.resolve("times.md"), "---\ndate: 2026-03-16\n---\n\n"
                + "41 people were injured when the levee broke near Millbrook, the fire service said.\n");
        Path reports = dir.resolve("reports");

        int failing = run("check", "--quiet", "--format", "json,sarif,markdown", "--out", reports.toString(),
                dir.toString());
        int warningsOnly = run("check", "--quiet", "--fail-on", "none", "--out", reports.toString(), dir.toString());

        assertThat(failing).isEqualTo(1);
        assertThat(warningsOnly).isZero();
        assertThat(reports.resolve("report.json")).content().contains("\"rule\" : \"numeric-mismatch\"");
        assertThat(reports.resolve("report.sarif")).exists();
        assertThat(reports.resolve("report.md")).exists();
    }

    @Test
    void theReportsOfAnEarlierRunInsideTheArticlesAreNotReadAsArticles() throws Exception {
        Files.writeString(dir.resolve("gazette.md"), "---\ndate: 2026-03-14\n---\n\n"
                + "Fourteen people were injured when the levee broke near Millbrook, the fire service said.\n");
        Path reports = dir.resolve("reports");

        run("check", "--quiet", "--format", "json,html,markdown", "--out", reports.toString(), dir.toString());
        int again = run("check", "--quiet", "--format", "json,html,markdown", "--out", reports.toString(),
                dir.toString());

        assertThat(again).isZero();
        assertThat(reports.resolve("report.json")).content()
                .contains("gazette.md")
                .doesNotContain("report.html", "report.md");
    }

    @Test
    void reportsWrittenIntoTheArticlesOwnFolderLeaveItsArticlesInTheCheck() throws Exception {
        Files.writeString(dir.resolve("gazette.md"), "---\ndate: 2026-03-14\n---\n\n"
                + "Fourteen people were injured when the levee broke near Millbrook, the fire service said.\n");

        run("check", "--quiet", "--format", "json,html,markdown", "--out", dir.toString(), dir.toString());
        int again = run("check", "--quiet", "--format", "json,html,markdown", "--out", dir.toString(),
                dir.toString());

        assertThat(again).isZero();
        assertThat(dir.resolve("report.json")).content()
                .contains("gazette.md", "\"kind\" : \"quantity\"")
                .doesNotContain("report.html\"", "report.md\"");
    }

    @Test
    void aMissingPathSaysWhatIsWrong() {
        assertThat(run("check", "--quiet", "--out", dir.resolve("out").toString(), dir.resolve("nope").toString()))
                .isEqualTo(2);
    }

    @Test
    void aFolderWithoutArticlesFailsInsteadOfPassingEmpty() throws Exception {
        Files.writeString(dir.resolve("notes.pdf"), "not an article");

        int code = run("check", "--out", dir.resolve("out").toString(), dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
