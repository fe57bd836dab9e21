package org.claimcheck.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimcheck.core.extract.ClaimExtractor;
import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.InputException;
import org.claimcheck.core.text.SentenceSplitter;

/**
 * Extraction throughput on one thread over a generated corpus, against the OpenNLP sentence detector alone on the
 * same paragraphs in the same run: {@code ExtractionBenchmark DIR [MEGABYTES] [ROUNDS]} generates at least that much
 * text (default 20 MB) into DIR when it is empty, warms both up on a slice, then alternates baseline and extraction
 * rounds (default 3) and prints MB/s and the ratio of the medians.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException, InputException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-extraction");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!Files.isDirectory(dir) || isEmpty(dir)) {
            new CorpusGenerator(7).write(dir, megabytes * 1_000_000 / 1_600 + 1);
        }
        List<Document> documents = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(ArticleReader::isSupported).sorted().toList()) {
                documents.addAll(reader.read(file, file.toString()).documents());
                bytes += Files.size(file);
            }
        }
        SentenceSplitter splitter = new SentenceSplitter();
        ClaimExtractor extractor = StandardExtractor.create();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB; %d rounds each, one thread%n",
                documents.size(), bytes / 1e6, rounds);
        List<Document> warmUp = documents.subList(0, Math.min(documents.size(), 200));
        baseline(splitter, warmUp);
        extract(extractor, warmUp);
        double[] baseline = new double[rounds];
        double[] extraction = new double[rounds];
        long claims = 0;
        for (int round = 0; round < rounds; round++) {
            baseline[round] = baseline(splitter, documents);
            long start = System.nanoTime();
            claims = extract(extractor, documents);
            extraction[round] = (System.nanoTime() - start) / 1e9;
        }
        double baseSeconds = median(baseline);
        double extractSeconds = median(extraction);
        System.out.printf(Locale.ROOT, "sentence detector alone: %.2f MB/s%n", bytes / 1e6 / baseSeconds);
        System.out.printf(Locale.ROOT, "claimcheck extraction:   %.2f MB/s (%d claims)%n",
                bytes / 1e6 / extractSeconds, claims);
        System.out.printf(Locale.ROOT, "ratio extraction/baseline throughput: %.2f%n", baseSeconds / extractSeconds);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used at end: %d MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000);
    }

    private static double baseline(SentenceSplitter splitter, List<Document> documents) {
        long start = System.nanoTime();
        long sentences = 0;
        for (Document document : documents) {
            sentences += splitter.countModelSentences(document.body().text());
        }
        if (sentences == 0) {
            throw new IllegalStateException("no sentences in the corpus");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long extract(ClaimExtractor extractor, List<Document> documents) {
        long claims = 0;
        for (Document document : documents) {
            claims += extractor.extract(document).size();
        }
        return claims;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
