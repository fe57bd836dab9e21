package org.claimcheck.cli.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.InputException;
import org.claimcheck.reports.ReportOptions;
import org.claimcheck.reports.Reports;
import org.claimcheck.rules.CheckOptions;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Claimcheck;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.check.Baseline;
import org.claimcheck.rules.check.BuiltInRules;
import org.claimcheck.rules.config.RulesConfig;
import org.claimcheck.rules.config.RulesConfigLoader;

/**
 * A check as the command line and the Maven plugin run it: configuration loaded, files selected, the engine run,
 * findings narrowed to changed articles when asked, baseline and reports written, the exit code decided.
 */
public final class CheckRun {
    /** The manifest looked for at the top of a folder given as a path when none is named. */
    public static final String DEFAULT_MANIFEST = "metadata.json";
    /** The claim cache inside a report folder: safe to delete; only files that changed are analysed again. */
    public static final String CACHE_FOLDER = "cache";

    private CheckRun() {
    }

    /**
     * Runs a check.
     *
     * @throws InputException when the configuration, baseline, manifest or a path cannot be used: nothing was
     *                        checked
     * @throws IOException    when a report or the baseline cannot be written
     */
    public static CheckOutcome execute(CheckRequest request, ReportOptions reportOptions, PrintStream console,
                                       CheckOptions.Progress progress) throws InputException, IOException {
        RulesConfig config = request.rulesFile() == null ? RulesConfig.defaults()
                : new RulesConfigLoader(BuiltInRules.ids()).load(request.rulesFile());
        Baseline baseline = request.baseline() == null ? Baseline.empty() : Baseline.read(request.baseline());
        CheckOptions options = CheckOptions.defaults().withConfig(config).withBaseline(baseline)
                .withMetadata(manifest(request)).withThreads(request.threads()).withProgress(progress)
                .withCache(request.cacheDirectory());
        List<Path> files = FileSelection.select(request.paths(), request.includes(), request.excludes(),
                request.outputDirectory());
        if (files.isEmpty()) {
            throw new InputException(request.paths().get(0), 0, "no article files to check here (.txt, .md, "
                    + ".markdown, .html, .htm, .jsonl), or none left by --include and --exclude");
        }
        CheckResult result = new Claimcheck(options).run(files);
        if (request.since() != null) {
            result = onlyChanged(result, ChangedFiles.since(request.since(), Path.of("").toAbsolutePath()));
        }
        if (request.writeBaseline() != null) {
            Baseline.write(request.writeBaseline(), result.findings());
        }
        Reports.write(result, request.outputDirectory(), request.formats(), reportOptions, console);
        long failing = request.failOn() == null ? 0
                : result.findings().stream().filter(f -> f.severity().atLeast(request.failOn())).count();
        int exitCode = !result.problems().isEmpty() ? 2 : failing > 0 ? 1 : 0;
        return new CheckOutcome(result, failing, exitCode);
    }

    private static Path manifest(CheckRequest request) {
        if (request.metadata() != null) {
            return request.metadata();
        }
        return request.paths().stream().filter(Files::isDirectory).map(p -> p.resolve(DEFAULT_MANIFEST))
                .filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** Keeps the findings that involve at least one changed article; everything else stays for context. */
    private static CheckResult onlyChanged(CheckResult result, Set<Path> changed) {
        Map<String, Claim> claims = result.claimsById();
        List<Finding> kept = result.findings().stream()
                .filter(f -> f.claims().stream().anyMatch(id ->
                        changed.contains(Path.of(claims.get(id).mention().path()).toAbsolutePath().normalize())))
                .toList();
        return new CheckResult(result.toolVersion(), result.documents(), result.claims(), kept, result.rules(),
                result.problems());
    }
}
