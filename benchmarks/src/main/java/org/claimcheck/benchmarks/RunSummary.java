package org.claimcheck.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Summarizes one whole check of a generated corpus: {@code RunSummary CORPUS REPORT SECONDS [PEAK_RSS_KB]} prints
 * articles and megabytes per second, the peak memory, the findings by rule, and how the findings match what the
 * generator planted ({@link CorpusGenerator#PLANTED}): the share of findings that involve a planted article, and the
 * share of planted articles that some finding involves.
 */
public final class RunSummary {
    private RunSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        JsonNode report = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        double seconds = Double.parseDouble(args[2]);
        long megabytes = 0;
        long articles = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                megabytes += Files.size(file);
                articles++;
            }
        }
        Map<String, String> planted = new HashMap<>();
        for (String line : Files.readAllLines(corpus.resolve(CorpusGenerator.PLANTED))) {
            String[] parts = line.split("\t");
            planted.put(parts[0], parts[1]);
        }
        Map<String, String> fileOfDocument = new HashMap<>();
        report.path("documents").forEach(d -> fileOfDocument.put(d.path("id").asText(),
                Path.of(d.path("path").asText()).getFileName().toString()));
        Map<String, String> documentOfClaim = new HashMap<>();
        report.path("claims").forEach(c -> documentOfClaim.put(c.path("id").asText(), c.path("document").asText()));
        Map<String, Integer> byRule = new TreeMap<>();
        int onPlanted = 0;
        Set<String> plantedFound = new HashSet<>();
        for (JsonNode finding : report.path("findings")) {
            byRule.merge(finding.path("rule").asText(), 1, Integer::sum);
            boolean involvesPlant = false;
            for (JsonNode claim : finding.path("claims")) {
                String file = fileOfDocument.get(documentOfClaim.get(claim.asText()));
                if (planted.containsKey(file)) {
                    involvesPlant = true;
                    plantedFound.add(file);
                }
            }
            onPlanted += involvesPlant ? 1 : 0;
        }
        int findings = report.path("findings").size();
        System.out.printf(Locale.ROOT, "%,d articles, %.1f MB, %,d claims: %.1f s, %,.0f articles/s, %.2f MB/s%s%n",
                articles, megabytes / 1e6, report.path("claims").size(), seconds, articles / seconds,
                megabytes / 1e6 / seconds, args.length > 3 ? String.format(Locale.ROOT, ", peak RSS %d MB",
                        Long.parseLong(args[3].trim()) / 1024) : "");
        System.out.printf(Locale.ROOT, "%,d findings %s; %.0f%% involve a planted article, %.0f%% of the %,d planted "
                + "articles are found%n", findings, byRule, findings == 0 ? 0 : 100.0 * onPlanted / findings,
                planted.isEmpty() ? 0 : 100.0 * plantedFound.size() / planted.size(), planted.size());
    }
}
