package org.claimcheck.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimcheck.core.source.InputException;
import org.claimcheck.rules.CheckOptions;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Claimcheck;
import org.claimcheck.rules.check.Baseline;
import org.claimcheck.rules.check.RuleEngine;
import org.claimcheck.rules.check.Suppressions;
import org.claimcheck.rules.config.RulesConfig;

/**
 * How the comparison stage (pairing claims by fact key and running the rules) grows with the corpus:
 * {@code ComparisonBenchmark DIR N1 N2 ...} generates each corpus under DIR unless it is there, extracts its claims
 * once (through the claim cache the whole-run benchmark leaves in {@code DIR/out-N/cache}), then times the rule
 * engine alone on all cores (median of five, each after a full garbage collection so that no round pays for the
 * garbage of another) and prints the time ratio of each size to the previous one.
 */
public final class ComparisonBenchmark {
    private ComparisonBenchmark() {
    }

    public static void main(String[] args) throws IOException, InputException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-comparison");
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000);
        }
        double previous = 0;
        int previousSize = 0;
        for (int size : sizes) {
            Path corpus = dir.resolve("n" + size);
            if (!Files.isRegularFile(corpus.resolve(CorpusGenerator.PLANTED))) {
                new CorpusGenerator(11).write(corpus, size);
            }
            Path cache = dir.resolve("out-n" + size).resolve("cache");
            CheckResult result = new Claimcheck(CheckOptions.defaults().withCache(cache)).run(List.of(corpus));
            RuleEngine engine = new RuleEngine(RulesConfig.defaults(), Runtime.getRuntime().availableProcessors());
            engine.check(result.documents(), result.claims(), new Suppressions(), Baseline.empty());
            double[] times = new double[5];
            int findings = 0;
            for (int round = 0; round < times.length; round++) {
                System.gc();
                long start = System.nanoTime();
                findings = engine.check(result.documents(), result.claims(), new Suppressions(), Baseline.empty())
                        .size();
                times[round] = (System.nanoTime() - start) / 1e9;
            }
            java.util.Arrays.sort(times);
            double median = times[times.length / 2];
            System.out.printf(Locale.ROOT, "%,d articles: %,d claims, %,d findings, comparison %.3f s%s%n", size,
                    result.claims().size(), findings, median,
                    previous > 0 ? String.format(Locale.ROOT, " (%.2fx the time for %.3gx the articles)",
                            median / previous, (double) size / previousSize) : "");
            previous = median;
            previousSize = size;
        }
    }
}
