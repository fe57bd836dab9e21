package org.claimcheck.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimcheck.core.model.AttributionClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the finder on the five seed articles and checks the development gold's attributions. */
class SeedAttributionTest {
    private static final AttributionFinder FINDER = new AttributionFinder();
    private static Path shared;

    @BeforeAll
    static void locateShared() {
        String property = System.getProperty("claimcheck.shared");
        shared = property == null ? null : Path.of(property);
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("eval/dev/gold.json")),
                "shared evaluation folder not present");
    }

    @Test
    void findsAtLeastEightyFivePercentOfGoldAttributionsWithTheirSpeaker() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("eval/dev/gold.json").toFile());
        Map<String, List<AttributionClaim>> claimsByDoc = new HashMap<>();
        List<String> missed = new ArrayList<>();
        int total = 0;
        for (JsonNode expected : gold.get("seed_attributions")) {
            String doc = expected.get("doc").asText();
            List<AttributionClaim> claims = claimsByDoc.computeIfAbsent(doc, d -> find(gold, d));
            total++;
            int start = expected.get("start").asInt();
            int end = expected.get("end").asInt();
            String speaker = expected.get("speaker").asText();
            boolean found = claims.stream().anyMatch(c -> c.mention().span().start() < end
                    && start < c.mention().span().end() && sameSpeaker(speaker, c.speaker()));
            if (!found) {
                missed.add(doc + " " + speaker + ": " + expected.get("span").asText());
            }
        }
        double recall = (total - missed.size()) / (double) total;
        System.out.printf("seed attribution recall %.3f (%d/%d); missed %s%n", recall, total - missed.size(), total,
                missed);
        assertThat(recall).as("missed: %s", missed).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void multiSentenceQuotationGivesOneClaimPerSentenceWithOneSpeaker() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("eval/dev/gold.json").toFile());
        List<AttributionClaim> claims = find(gold, "004");
        AttributionClaim first = claims.stream().filter(c -> c.quote().startsWith("For Putin")).findFirst()
                .orElseThrow();
        List<AttributionClaim> firstQuote = claims.stream()
                .filter(c -> c.direct() && first.speakerSpan().equals(c.speakerSpan())).toList();

        assertThat(firstQuote).hasSize(4);
        assertThat(firstQuote).extracting(AttributionClaim::speaker).containsOnly("Volodymyr Zelensky");
        assertThat(claims).filteredOn(c -> c.quote().equals("defending their Motherland"))
                .extracting(AttributionClaim::speaker).containsExactly("Volodymyr Zelensky");
        assertThat(firstQuote).allSatisfy(c -> assertThat(c.mention().sentence()).contains(c.mention().text()));
    }

    @Test
    void scareQuotesInTheSeedsAreNotClaims() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(shared.resolve("eval/dev/gold.json").toFile());
        List<String> quotes = new ArrayList<>();
        for (String doc : List.of("001", "003", "004")) {
            find(gold, doc).forEach(c -> quotes.add(c.quote()));
        }

        assertThat(quotes).doesNotContain("special military operation", "red lines", "relatively small",
                "exchange fund", "peaceful");
    }

    private static List<AttributionClaim> find(JsonNode gold, String doc) {
        Path file = shared.resolve(gold.get("documents").get(doc).asText());
        try {
            return FINDER.find(Documents.analyzed(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gold's surname, allowing for transliteration endings, appears in the found speaker. */
    private static boolean sameSpeaker(String expected, String found) {
        if (found == null) {
            return false;
        }
        String[] words = expected.split(" ");
        String surname = NameVariants.fold(words[words.length - 1]);
        String stem = surname.length() > 6 ? surname.replaceAll("[yi]+$", "") : surname;
        return NameVariants.fold(found).contains(stem);
    }
}
