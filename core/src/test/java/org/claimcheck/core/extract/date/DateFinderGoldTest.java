package org.claimcheck.core.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.claimcheck.core.extract.date.ArticleFixture.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the finder against the development gold set in the shared folder (system property
 * {@code claimcheck.shared}); skipped when that folder is absent.
 */
class DateFinderGoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A year-less date in a news article lies within half a year of its publication. */
    private static final long HALF_YEAR_DAYS = 183;

    private final DateFinder finder = new DateFinder();
    private final Map<String, List<DateClaim>> claimsByDocument = new HashMap<>();
    private Path shared;
    private JsonNode gold;
    private JsonNode seedMetadata;

    @BeforeEach
    void loadGold() throws IOException {
        String folder = System.getProperty("claimcheck.shared");
        assumeThat(folder).as("claimcheck.shared").isNotNull();
        shared = Path.of(folder);
        assumeThat(shared.resolve("eval/dev/gold.json")).as("gold set").isRegularFile();
        gold = JSON.readTree(shared.resolve("eval/dev/gold.json").toFile());
        seedMetadata = JSON.readTree(shared.resolve("corpus/seeds/metadata.json").toFile());
    }

    @Test
    void findsEverySeedDateOfTheGoldWithItsValue() throws IOException {
        int checked = 0;
        for (JsonNode expected : gold.get("seed_numeric_claims")) {
            if (!"date".equals(expected.get("kind").asText())) {
                continue;
            }
            String document = expected.get("doc").asText();
            LocalDate published = publicationDate(document);
            String monthDay = expected.get("value").asText().replaceFirst("^-+", "");
            assertThat(claimsAt(document, expected))
                    .as("%s in %s", expected.get("span").asText(), document)
                    .anySatisfy(claim -> {
                        assertThat(claim.value().toString()).endsWith("-" + monthDay);
                        assertThat(Math.abs(ChronoUnit.DAYS.between(published, claim.value().first())))
                                .isLessThanOrEqualTo(HALF_YEAR_DAYS);
                    });
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void faithfulStatementsOfADateFactAgreeAndPlantedConflictsDiffer() throws IOException {
        for (JsonNode fact : gold.get("facts")) {
            if (!"date".equals(fact.get("type").asText())) {
                continue;
            }
            Set<String> faithful = new TreeSet<>();
            List<String> conflicting = new ArrayList<>();
            for (JsonNode statement : fact.get("claims")) {
                List<DateClaim> found = claimsAt(statement.get("doc").asText(), statement);
                assertThat(found).as("%s in %s", statement.get("span").asText(), statement.get("doc").asText())
                        .hasSize(1);
                String value = found.get(0).value().toString();
                if (statement.get("ok").asBoolean(false)) {
                    faithful.add(value);
                } else {
                    conflicting.add(value);
                }
            }
            assertThat(faithful).as(fact.get("id").asText()).hasSize(1);
            assertThat(conflicting).as(fact.get("id").asText()).doesNotContainAnyElementsOf(faithful);
        }
    }

    /** The date claims of {@code document} overlapping the gold entry's span. */
    private List<DateClaim> claimsAt(String document, JsonNode entry) throws IOException {
        Span wanted = new Span(entry.get("start").asInt(), entry.get("end").asInt(), 1, 1);
        List<DateClaim> all = claimsByDocument.get(document);
        if (all == null) {
            all = findIn(document);
            claimsByDocument.put(document, all);
        }
        return all.stream().filter(claim -> claim.mention().span().overlaps(wanted)).toList();
    }

    private List<DateClaim> findIn(String document) throws IOException {
        Path file = shared.resolve(gold.get("documents").get(document).asText());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return finder.find(article(text, bodyStart(text), publicationDate(document)));
    }

    /** Seeds are dated by the manifest, development articles by their front matter. */
    private LocalDate publicationDate(String document) throws IOException {
        Path file = shared.resolve(gold.get("documents").get(document).asText());
        JsonNode seed = seedMetadata.get(file.getFileName().toString());
        if (seed != null) {
            return LocalDate.parse(seed.get("date").asText());
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String line : text.substring(0, bodyStart(text)).split("\n")) {
            if (line.startsWith("date:")) {
                return LocalDate.parse(line.substring("date:".length()).trim());
            }
        }
        throw new IllegalStateException("no date in the front matter of " + file);
    }

    /** Where the body starts: after the closing front-matter fence, or at 0 when there is none. */
    private static int bodyStart(String text) {
        if (!text.startsWith("---\n")) {
            return 0;
        }
        int fence = text.indexOf("\n---\n", 3);
        return fence < 0 ? 0 : fence + "\n---\n".length();
    }
}
