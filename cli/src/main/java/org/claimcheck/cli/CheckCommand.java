package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.claimcheck.cli.run.CheckOutcome;
import org.claimcheck.cli.run.CheckRequest;
import org.claimcheck.cli.run.CheckRun;
import org.claimcheck.core.source.InputException;
import org.claimcheck.reports.ReportFormat;
import org.claimcheck.reports.ReportOptions;
import org.claimcheck.rules.CheckOptions;
import org.claimcheck.rules.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimcheck check PATH...}: reads articles, compares their claims, writes the reports. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reads the articles under PATH (.txt, .md, .markdown, .html, .htm, .jsonl), compares their "
                + "claims and writes the reports.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "JSON manifest: file name -> date, outlet, title. Default: metadata.json at the top of "
                    + "a folder given as PATH, when there is one.")
    Path metadata;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rules file (YAML or JSON).")
    Path rules;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Accepted findings, not reported again.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write this run's findings as a baseline.")
    Path writeBaseline;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html,console",
            description = "Reports to write: json, html, sarif, markdown, console (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "claimcheck-report",
            description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Lowest severity that fails the run: error, warning, info or none "
                    + "(default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--since", paramLabel = "GIT_REF",
            description = "Report only findings involving an article changed since this revision (all articles "
                    + "are still compared).")
    String since;

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed at once (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No console report and no progress.")
    boolean quiet;

    @Option(names = "--compact-json", description = "Write report.json and report.sarif without indentation.")
    boolean compactJson;

    private Set<ReportFormat> reportFormats() {
        Set<ReportFormat> parsed = EnumSet.copyOf(ReportFormat.parseList(formats));
        if (quiet) {
            parsed.remove(ReportFormat.CONSOLE);
        }
        return parsed;
    }

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CheckRequest request;
        try {
            request = new CheckRequest(paths, includes, excludes, metadata, rules, baseline, writeBaseline,
                    reportFormats(), out,
                    failOn.equalsIgnoreCase("none") ? null : Severity.parse(failOn), since, Math.max(1, threads),
                    out.resolve(CheckRun.CACHE_FOLDER));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean terminal = System.console() != null;
        CheckOptions.Progress progress = quiet || !terminal ? CheckOptions.Progress.NONE : new ProgressLine(err);
        try {
            ReportOptions reportOptions = ReportOptions.defaults().withColour(terminal).withPrettyJson(!compactJson)
                    .withRepositoryRoot(Path.of("").toAbsolutePath());
            CheckOutcome outcome = CheckRun.execute(request, reportOptions, stdout, progress);
            if (!quiet) {
                err.printf(Locale.ROOT, "reports written to %s%n", request.outputDirectory());
            }
            return outcome.exitCode();
        } catch (InputException e) {
            err.println("claimcheck: " + e.describe());
            return 2;
        } catch (IOException e) {
            err.println("claimcheck: cannot write the reports: " + e.getMessage());
            return 2;
        }
    }
}
