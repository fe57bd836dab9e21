package org.claimcheck.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.claimcheck.cli.run.CheckOutcome;
import org.claimcheck.cli.run.CheckRequest;
import org.claimcheck.cli.run.CheckRun;
import org.claimcheck.core.source.InputException;
import org.claimcheck.reports.ReportFormat;
import org.claimcheck.reports.ReportOptions;
import org.claimcheck.rules.CheckOptions;
import org.claimcheck.rules.Severity;

/**
 * The claimcheck report of a Maven site: runs the check and puts its summary on a site page that links to the full
 * self-contained HTML report, written beside it. Never fails the build.
 */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractMavenReport {
    /** Folders holding the articles; those that do not exist are skipped. */
    @Parameter(property = "claimcheck.sourceDirectories")
    List<File> sourceDirectories;

    /** Metadata manifest (file name to date, outlet, title). */
    @Parameter(property = "claimcheck.metadata")
    File metadata;

    /** Rules file, YAML or JSON. */
    @Parameter(property = "claimcheck.rulesFile")
    File rulesFile;

    /** Baseline of accepted findings. */
    @Parameter(property = "claimcheck.baseline")
    File baseline;

    @Override
    public String getOutputName() {
        return "claimcheck";
    }

    @Override
    public String getName(Locale locale) {
        return "claimcheck";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Numbers, dates and quotations that disagree across the project's articles.";
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        List<Path> folders = ArticleFolders.of(project.getBasedir(), sourceDirectories);
        Path out = getReportOutputDirectory().toPath().resolve("claimcheck");
        CheckOutcome outcome;
        try {
            Files.createDirectories(out);
            CheckRequest request = new CheckRequest(folders, List.of(), List.of(), path(metadata), path(rulesFile),
                    path(baseline), null, EnumSet.of(ReportFormat.HTML), out, Severity.ERROR, null,
                    Runtime.getRuntime().availableProcessors(),
                    Path.of(project.getBuild().getDirectory(), "claimcheck", CheckRun.CACHE_FOLDER));
            outcome = CheckRun.execute(request, ReportOptions.defaults(),
                    new PrintStream(OutputStream.nullOutputStream()), CheckOptions.Progress.NONE);
        } catch (InputException e) {
            throw new MavenReportException("claimcheck: " + e.describe());
        } catch (IOException e) {
            throw new MavenReportException("claimcheck: cannot write the report: " + e.getMessage(), e);
        }
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text("claimcheck");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("claimcheck");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(String.format(Locale.ROOT, "%d articles, %d claims, %d findings.",
                outcome.result().documents().size(), outcome.result().claims().size(),
                outcome.result().findings().size()));
        sink.paragraph_();
        sink.paragraph();
        sink.link("claimcheck/report.html");
        sink.text("Open the full report: every finding with both sentences side by side");
        sink.link_();
        sink.paragraph_();
        sink.section1_();
        sink.body_();
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
