package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five scraped seed articles against the development gold: furniture out, article text in, exactly mapped. */
class SeedArticlesTest {
    /** The one gold noise span that is part of an article sentence rather than page furniture. */
    private static final String MODEL_DESIGNATION = "F-16";
    private final ArticleReader reader = new ArticleReader();

    @Test
    void furnitureSpansNeverReachTheBody() throws Exception {
        JsonNode gold = gold();
        Map<String, Document> documents = documents(gold);
        int checked = 0;
        for (JsonNode noise : gold.get("seed_noise")) {
            Document document = documents.get(noise.get("doc").asText());
            int start = noise.get("start").asInt();
            int end = noise.get("end").asInt();
            assertThat(document.fileText().substring(start, end)).isEqualTo(noise.get("span").asText());
            if (noise.get("span").asText().equals(MODEL_DESIGNATION)) {
                continue; // an aircraft model inside an article sentence: the claim finders refuse it, not the reader
            }
            assertThat(new BodyCoverage(document).touches(start, end))
                    .as("%s %s", noise.get("doc"), noise.get("span")).isFalse();
            checked++;
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void claimAndAttributionSpansStayInTheBody() throws Exception {
        JsonNode gold = gold();
        Map<String, Document> documents = documents(gold);
        int checked = 0;
        for (String list : new String[] {"seed_numeric_claims", "seed_attributions"}) {
            for (JsonNode claim : gold.get(list)) {
                Document document = documents.get(claim.get("doc").asText());
                int start = claim.get("start").asInt();
                int end = claim.get("end").asInt();
                String missing = new BodyCoverage(document).missing(document.fileText(), start, end);
                assertThat(missing.replace("XNUMX", "")).as("%s %s", claim.get("doc"), claim.get("span")).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void machineTranslationPlaceholderLeavesTheBodyButNotTheSpan() throws Exception {
        Document document = read("002_399a463a00d02ec6.txt");
        String body = document.body().text();
        int at = body.indexOf("more than 100,000 troops");

        assertThat(at).isPositive();
        assertThat(body).doesNotContain("XNUMX");
        assertThat(document.fileText(document.spanOfBody(at, at + "more than 100,000 troops".length())))
                .isEqualTo("more than 100,000 XNUMX troops");
    }

    @Test
    void headerDatelinesGiveTheDateFromTheText() throws Exception {
        Document weatherPage = read("002_399a463a00d02ec6.txt");
        Document headlineStamp = read("004_5829474d13054ae0.txt");

        assertThat(weatherPage.info().date()).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(weatherPage.info().dateSource()).isEqualTo("text");
        assertThat(headlineStamp.info().date()).isEqualTo(LocalDate.of(2024, 11, 24));
        assertThat(headlineStamp.body().text()).startsWith(
                "Zelensky highlights strategic importance of Ukrainian Forces in Kursk region amid Russian losses and "
                        + "Putin's urgency\n\nUkrainian President");
    }

    @Test
    void bodiesAreParagraphsSeparatedByOneBlankLine() throws Exception {
        Document shareButtons = read("001_55444e4fffc04ade.txt");
        String body = shareButtons.body().text();

        assertThat(body).doesNotContain("\n\n\n").doesNotContain("Share on").doesNotContain("Donate")
                .doesNotContain("Don't Miss").doesNotContain("Olympics").doesNotContain("Source link");
        assertThat(body).startsWith("The shocking Ukrainian invasion of Kursk");
        assertThat(body).contains("\n\nUkraine launched a shock counter-invasion into Russia last week.\n\n");
        assertThat(body).endsWith("on the territory of the Russian Federation will stop,” he added.");
    }

    @Test
    void singleNewlineParagraphsAndCommentFootersAreHandled() throws Exception {
        String body = read("003_afeeb19594feef16.txt").body().text();

        assertThat(body.split("\n\n")).hasSize(8);
        assertThat(body).doesNotContain("Comment");
    }

    @Test
    void manifestDateReplacesTheScrapeDateFoundInTheText() throws Exception {
        MetadataManifest manifest = MetadataManifest.read(SharedFolder.resolve("corpus/seeds/metadata.json"));
        Document document = read("002_399a463a00d02ec6.txt");

        var info = manifest.apply(document.info());

        assertThat(info.date()).isEqualTo(LocalDate.of(2021, 12, 17));
        assertThat(info.dateSource()).isEqualTo("manifest");
        assertThat(info.outlet()).isEqualTo("unknown");
        assertThat(info.title()).isEqualTo("NATO hints to support Ukraine against threat from Russia");
    }

    private Document read(String name) throws InputException {
        Path file = SharedFolder.resolve("corpus/seeds/" + name);
        return reader.read(file, "corpus/seeds/" + name).documents().get(0);
    }

    private Map<String, Document> documents(JsonNode gold) throws InputException {
        Map<String, Document> documents = new HashMap<>();
        var entries = gold.get("documents").fields();
        while (entries.hasNext()) {
            var entry = entries.next();
            Path file = SharedFolder.resolve(entry.getValue().asText());
            documents.put(entry.getKey(), reader.read(file, entry.getValue().asText()).documents().get(0));
        }
        return documents;
    }

    private static JsonNode gold() throws IOException {
        return new ObjectMapper().readTree(SharedFolder.resolve("eval/dev/gold.json").toFile());
    }
}
