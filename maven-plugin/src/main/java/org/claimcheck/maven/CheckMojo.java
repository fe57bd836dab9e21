package org.claimcheck.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.claimcheck.cli.run.CheckOutcome;
import org.claimcheck.cli.run.CheckRequest;
import org.claimcheck.cli.run.CheckRun;
import org.claimcheck.core.source.InputException;
import org.claimcheck.reports.ReportFormat;
import org.claimcheck.reports.ReportOptions;
import org.claimcheck.rules.CheckOptions;
import org.claimcheck.rules.Severity;

/**
 * Checks the project's articles for claims that disagree, writes the reports, and fails the build when findings
 * reach {@code failOn}. Bound to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Folders holding the articles; those that do not exist are skipped. */
    @Parameter(property = "claimcheck.sourceDirectories")
    List<File> sourceDirectories;

    /** Glob patterns, relative to a source folder, that a file must match. */
    @Parameter(property = "claimcheck.includes")
    List<String> includes;

    /** Glob patterns, relative to a source folder, that leave a file out. */
    @Parameter(property = "claimcheck.excludes")
    List<String> excludes;

    /** Metadata manifest (file name to date, outlet, title). */
    @Parameter(property = "claimcheck.metadata")
    File metadata;

    /** Rules file, YAML or JSON. */
    @Parameter(property = "claimcheck.rulesFile")
    File rulesFile;

    /** Baseline of accepted findings. */
    @Parameter(property = "claimcheck.baseline")
    File baseline;

    /** Reports to write. */
    @Parameter(property = "claimcheck.formats", defaultValue = "json,html,sarif,markdown,console")
    String formats;

    /** Where the reports go. */
    @Parameter(property = "claimcheck.outputDirectory", defaultValue = "${project.build.directory}/claimcheck")
    File outputDirectory;

    /** Lowest severity that fails the build: error, warning, info or none. */
    @Parameter(property = "claimcheck.failOn", defaultValue = "error")
    String failOn;

    /** How many failing findings are tolerated before the build fails (a ratchet for old archives). */
    @Parameter(property = "claimcheck.maxAllowedFindings", defaultValue = "0")
    int maxAllowedFindings;

    /** Only report findings involving an article changed since this git revision. */
    @Parameter(property = "claimcheck.since")
    String since;

    /** Skip the check. */
    @Parameter(property = "claimcheck.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("claimcheck: skipped");
            return;
        }
        List<Path> folders = ArticleFolders.of(project.getBasedir(), sourceDirectories);
        if (folders.isEmpty()) {
            getLog().info("claimcheck: no article folder found; nothing to check");
            return;
        }
        CheckRequest request;
        try {
            request = new CheckRequest(folders, orEmpty(includes), orEmpty(excludes), path(metadata),
                    path(rulesFile), path(baseline), null, ReportFormat.parseList(formats), outputDirectory.toPath(),
                    failOn.equalsIgnoreCase("none") ? null : Severity.parse(failOn), since,
                    Runtime.getRuntime().availableProcessors(),
                    outputDirectory.toPath().resolve(CheckRun.CACHE_FOLDER));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("claimcheck: " + e.getMessage());
        }
        CheckOutcome outcome;
        try {
            PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ReportOptions reportOptions = ReportOptions.defaults().withRepositoryRoot(project.getBasedir().toPath());
            outcome = CheckRun.execute(request, reportOptions, console, CheckOptions.Progress.NONE);
        } catch (InputException e) {
            throw new MojoExecutionException("claimcheck: " + e.describe());
        } catch (IOException e) {
            throw new MojoExecutionException("claimcheck: cannot write the reports: " + e.getMessage(), e);
        }
        String summary = String.format(Locale.ROOT, "%d articles, %d claims, %d findings (%d at or above %s); "
                        + "reports in %s", outcome.result().documents().size(), outcome.result().claims().size(),
                outcome.result().findings().size(), outcome.failing(), failOn, outputDirectory);
        if (!outcome.result().problems().isEmpty()) {
            throw new MojoFailureException("claimcheck: " + outcome.result().problems().size()
                    + " input(s) could not be read: " + outcome.result().problems().get(0).describe() + "; "
                    + summary);
        }
        if (outcome.failing() > maxAllowedFindings) {
            throw new MojoFailureException("claimcheck: " + summary);
        }
        getLog().info("claimcheck: " + summary);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
