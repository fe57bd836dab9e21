package org.claimcheck.rules;

import java.nio.file.Path;

import org.claimcheck.rules.check.Baseline;
import org.claimcheck.rules.config.RulesConfig;

/**
 * How to run a check.
 *
 * @param metadata  a metadata manifest (file name to date, outlet, title), or {@code null}
 * @param config    the rules configuration
 * @param baseline  accepted findings
 * @param threads   how many files to read and analyse at once (at least 1)
 * @param progress  told as files are read and analysed; never {@code null}
 * @param cache     folder of the claim cache, or {@code null} for none
 */
public record CheckOptions(Path metadata, RulesConfig config, Baseline baseline, int threads, Progress progress,
                           Path cache) {

    /** Defaults: no manifest, default rules, no baseline, one thread per core, no progress reports, no cache. */
    public static CheckOptions defaults() {
        return new CheckOptions(null, RulesConfig.defaults(), Baseline.empty(),
                Runtime.getRuntime().availableProcessors(), Progress.NONE, null);
    }

    public CheckOptions withMetadata(Path newMetadata) {
        return new CheckOptions(newMetadata, config, baseline, threads, progress, cache);
    }

    public CheckOptions withConfig(RulesConfig newConfig) {
        return new CheckOptions(metadata, newConfig, baseline, threads, progress, cache);
    }

    public CheckOptions withBaseline(Baseline newBaseline) {
        return new CheckOptions(metadata, config, newBaseline, threads, progress, cache);
    }

    public CheckOptions withThreads(int newThreads) {
        return new CheckOptions(metadata, config, baseline, Math.max(1, newThreads), progress, cache);
    }

    public CheckOptions withProgress(Progress newProgress) {
        return new CheckOptions(metadata, config, baseline, threads, newProgress, cache);
    }

    public CheckOptions withCache(Path newCache) {
        return new CheckOptions(metadata, config, baseline, threads, progress, newCache);
    }

    /** Receives progress of a long run. */
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = (done, total, claims) -> { };

        /** {@code done} of {@code total} files analysed, {@code claims} claims found so far. */
        void filesDone(int done, int total, long claims);
    }
}
