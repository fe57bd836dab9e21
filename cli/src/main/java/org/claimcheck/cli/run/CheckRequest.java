package org.claimcheck.cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.claimcheck.reports.ReportFormat;
import org.claimcheck.rules.Severity;

/**
 * Everything the command line and the Maven plugin can ask of a check.
 *
 * @param paths         files and folders to read
 * @param includes      glob patterns a file's path (relative to its folder) must match, or empty for all
 * @param excludes      glob patterns that leave a file out
 * @param metadata      metadata manifest, or {@code null}
 * @param rulesFile     rules file, or {@code null}
 * @param baseline      baseline of accepted findings, or {@code null}
 * @param writeBaseline where to write this run's findings as a baseline, or {@code null}
 * @param formats       report formats to write
 * @param outputDirectory where reports go
 * @param failOn        lowest severity that fails the run, or {@code null} to never fail
 * @param since         a git revision: only findings involving an article changed since it are reported, or
 *                      {@code null}
 * @param threads       files analysed at once
 * @param cacheDirectory the claim cache, or {@code null} for none
 */
public record CheckRequest(List<Path> paths, List<String> includes, List<String> excludes, Path metadata,
                           Path rulesFile, Path baseline, Path writeBaseline, Set<ReportFormat> formats,
                           Path outputDirectory, Severity failOn, String since, int threads, Path cacheDirectory) {
    public CheckRequest {
        paths = List.copyOf(paths);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        formats = Set.copyOf(formats);
    }
}
