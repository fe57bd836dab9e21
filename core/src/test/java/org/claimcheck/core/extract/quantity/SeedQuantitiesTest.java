package org.claimcheck.core.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.QuantityClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the finder over the raw seed articles and the development articles of the shared gold set (read through the
 * {@code claimcheck.shared} property; skipped when that folder is absent).
 */
class SeedQuantitiesTest {
    private static final QuantityFinder FINDER = new QuantityFinder();

    private static Path shared;
    private static JsonNode gold;
    private static final Map<String, List<QuantityClaim>> CLAIMS = new HashMap<>();

    @BeforeAll
    static void readGold() throws IOException {
        String property = System.getProperty("claimcheck.shared");
        assumeTrue(property != null && Files.isDirectory(Path.of(property, "eval", "dev")),
                "shared gold set not available");
        shared = Path.of(property);
        gold = new ObjectMapper().readTree(shared.resolve("eval/dev/gold.json").toFile());
    }

    private static List<QuantityClaim> claimsOf(String doc) {
        return CLAIMS.computeIfAbsent(doc, d -> {
            String path = gold.get("documents").get(d).asText();
            try {
                String text = Files.readString(shared.resolve(path), StandardCharsets.UTF_8);
                return FINDER.find(Texts.analyzed(path, text));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void findsEveryGoldNumericClaimOfTheSeedsWithItsValueAndQualifier() {
        List<String> missed = new ArrayList<>();
        int checked = 0;
        for (JsonNode expected : gold.get("seed_numeric_claims")) {
            if (expected.get("kind").asText().equals("date")) {
                continue;
            }
            checked++;
            if (!found(expected)) {
                missed.add(expected.get("doc").asText() + ": " + expected.get("span").asText());
            }
        }
        assertThat(checked).isEqualTo(15);
        assertThat(missed).isEmpty();
    }

    @Test
    void findsNoNumberOfTheSeedBodiesThatTheGoldDoesNotList() {
        List<String> spurious = new ArrayList<>();
        for (String doc : List.of("000", "001", "002", "003", "004")) {
            for (QuantityClaim claim : claimsOf(doc)) {
                if (!listed(doc, claim)) {
                    spurious.add(doc + ": " + claim.mention().text());
                }
            }
        }
        assertThat(spurious).isEmpty();
    }

    /**
     * Every claim of a numeric fact is found with a unit (a measure or a counted noun), and all claims of one fact
     * measure the same dimension, so that the rules can compare them.
     */
    @Test
    void findsEveryClaimOfTheNumericFactsWithAUnitAndOneDimensionPerFact() {
        List<String> problems = new ArrayList<>();
        for (JsonNode fact : gold.get("facts")) {
            if (!fact.get("type").asText().equals("numeric")) {
                continue;
            }
            Set<Dimension> dimensions = new HashSet<>();
            for (JsonNode expected : fact.get("claims")) {
                QuantityClaim claim = overlapping(expected);
                String where = expected.get("doc").asText() + ": " + expected.get("span").asText();
                if (claim == null) {
                    problems.add("missed " + where);
                } else if (claim.amount().unit() == null) {
                    problems.add("no unit " + where);
                } else {
                    dimensions.add(claim.amount().dimension());
                }
            }
            if (dimensions.size() > 1) {
                problems.add(fact.get("id").asText() + " mixes " + dimensions);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether a claim overlaps the gold span with the gold value and qualifier. */
    private static boolean found(JsonNode expected) {
        QuantityClaim claim = overlapping(expected);
        return claim != null && claim.amount().value() == expected.get("value").asDouble()
                && claim.amount().qualifier().wireName().equals(expected.get("qualifier").asText());
    }

    private static QuantityClaim overlapping(JsonNode expected) {
        int start = expected.get("start").asInt();
        int end = expected.get("end").asInt();
        for (QuantityClaim claim : claimsOf(expected.get("doc").asText())) {
            if (claim.mention().span().start() < end && start < claim.mention().span().end()) {
                return claim;
            }
        }
        return null;
    }

    private static boolean listed(String doc, QuantityClaim claim) {
        for (String list : List.of("seed_numeric_claims", "seed_optional", "seed_noise")) {
            for (JsonNode entry : gold.get(list)) {
                if (entry.get("doc").asText().equals(doc)
                        && claim.mention().span().start() < entry.get("end").asInt()
                        && entry.get("start").asInt() < claim.mention().span().end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
