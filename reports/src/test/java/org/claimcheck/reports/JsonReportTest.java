package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.rules.CheckResult;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReportTest {
    private final CheckResult result = SampleResult.build();
    private final JsonNode report = parse(new JsonReport().render(result, ReportOptions.defaults()));

    @Test
    void opensWithTheSchemaAndTool() {
        assertThat(report.get("schema").asText()).isEqualTo("claimcheck-report/1");
        assertThat(report.get("tool").toString()).isEqualTo("{\"name\":\"claimcheck\",\"version\":\"0.1.0\"}");
        assertThat(report.has("generated")).isFalse();
    }

    @Test
    void documentsCarryTheirMetadata() {
        assertThat(report.get("documents").get(0).toString()).isEqualTo("{\"id\":\"d1\",\"path\":\"content/flood.md\","
                + "\"title\":\"Floods cover the Varden valley\",\"date\":\"2025-03-04\",\"outlet\":\"Northern Ledger\","
                + "\"recordId\":null,\"dateSource\":\"front-matter\"}");
    }

    @Test
    void contractFieldsComeFirstInContractOrder() {
        List<String> names = new ArrayList<>();
        report.get("claims").get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 13)).containsExactly("id", "document", "path", "start", "end", "line", "column",
                "text", "kind", "value", "unit", "qualifier", "speaker");
    }

    @Test
    void quantityClaimHasAnIntegerValueAndItsDetail() {
        JsonNode area = report.get("claims").get(0);
        int start = SampleResult.FLOOD_TEXT.indexOf("nearly 400");
        assertThat(area.get("start").asInt()).isEqualTo(start);
        assertThat(area.get("end").asInt()).isEqualTo(start + "nearly 400 square miles".length());
        assertThat(area.get("line").asInt()).isEqualTo(6);
        assertThat(area.get("column").asInt()).isEqualTo(20);
        assertThat(area.get("text").asText()).isEqualTo("nearly 400 square miles");
        assertThat(area.get("value").isIntegralNumber()).isTrue();
        assertThat(area.get("value").asLong()).isEqualTo(400);
        assertThat(area.get("unit").asText()).isEqualTo("mi2");
        assertThat(area.get("qualifier").asText()).isEqualTo("nearly");
        assertThat(area.get("speaker").isNull()).isTrue();
        assertThat(area.get("dimension").asText()).isEqualTo("area");
        assertThat(area.has("upper")).isFalse();
        assertThat(area.get("baseValue").asLong()).isEqualTo(1_035_995_200L);
        assertThat(area.get("noun").toString()).isEqualTo(
                "{\"phrase\":\"square miles of the Varden valley\",\"head\":\"mile\",\"modifiers\":[\"square\"]}");
        assertThat(area.get("context").toString()).isEqualTo(
                "{\"predicate\":\"cover\",\"entities\":[\"Varden\"],\"time\":\"2025-03-02\"}");
        assertThat(area.get("sentence").asText()).startsWith("Floodwater covered nearly 400");
    }

    @Test
    void rangesCarryTheirUpperBound() {
        JsonNode rescued = report.get("claims").get(4);
        assertThat(rescued.get("value").asLong()).isEqualTo(10);
        assertThat(rescued.get("upper").asLong()).isEqualTo(12);
        assertThat(rescued.get("unit").asText()).isEqualTo("person");
    }

    @Test
    void dateClaimHasAnIsoValue() {
        JsonNode date = report.get("claims").get(1);
        assertThat(date.get("kind").asText()).isEqualTo("date");
        assertThat(date.get("value").asText()).isEqualTo("2025-03-02");
        assertThat(date.get("relation").asText()).isEqualTo("on");
        assertThat(date.get("relative").asBoolean()).isFalse();
        assertThat(date.get("yearInferred").asBoolean()).isTrue();
    }

    @Test
    void attributionClaimHasANullValueAndItsEvidence() {
        JsonNode quote = report.get("claims").get(2);
        assertThat(quote.get("value").isNull()).isTrue();
        assertThat(quote.get("speaker").asText()).isEqualTo("Ilse Brandt");
        assertThat(quote.get("speakerMention").asText()).isEqualTo("Mayor Ilse Brandt");
        assertThat(quote.get("cue").asText()).isEqualTo("say");
        assertThat(quote.get("outlet").isNull()).isTrue();
        assertThat(quote.get("direct").asBoolean()).isTrue();
    }

    @Test
    void claimTextIsTheFileTextOfItsSpan() {
        for (JsonNode claim : report.get("claims")) {
            String file = claim.get("document").asText().equals("d1") ? SampleResult.FLOOD_TEXT
                    : SampleResult.HOSTILE_TEXT;
            assertThat(file.substring(claim.get("start").asInt(), claim.get("end").asInt()))
                    .isEqualTo(claim.get("text").asText());
        }
    }

    @Test
    void findingsRulesProblemsAndSummary() {
        assertThat(report.get("findings").get(0).toString()).isEqualTo("{\"id\":\"f1\",\"rule\":\"numeric-mismatch\","
                + "\"severity\":\"error\",\"claims\":[\"c1\",\"c4\"],\"message\":\"Flooded area: nearly 400 mi2 "
                + "(1,036 km2) against about 1,300 km2, beyond the 10% tolerance.\",\"explanation\":\"Both sentences "
                + "report the area covered by the Varden flood.\",\"fingerprint\":\"a1b2c3d4e5f60718\"}");
        assertThat(report.get("rules").get(2).get("defaultSeverity").asText()).isEqualTo("info");
        assertThat(report.get("problems").toString())
                .isEqualTo("[{\"path\":\"content/broken.md\",\"line\":3,\"message\":\"front matter is not valid YAML\"}]");
        assertThat(report.get("summary").toString()).isEqualTo("{\"documents\":2,\"claims\":6,\"findings\":3,"
                + "\"problems\":1,\"bySeverity\":{\"error\":1,\"warning\":1,\"info\":1},"
                + "\"byRule\":{\"figure-update\":1,\"numeric-mismatch\":1,\"quote-speaker\":1}}");
    }

    @Test
    void sameResultGivesTheSameBytesAndTimestampOnlyWhenAsked() {
        JsonReport json = new JsonReport();
        String first = json.render(result, ReportOptions.defaults());
        assertThat(json.render(SampleResult.build(), ReportOptions.defaults())).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"schema\" : \"claimcheck-report/1\",\n").endsWith("}\n")
                .doesNotContain("\r");
        String compact = json.render(result, ReportOptions.defaults().withPrettyJson(false));
        assertThat(compact).startsWith("{\"schema\":\"claimcheck-report/1\",\"tool\"").hasLineCount(1);
        String stamped = json.render(result, ReportOptions.defaults().withTimestamp(Instant.parse("2025-03-05T10:00:00Z")));
        assertThat(parse(stamped).get("generated").asText()).isEqualTo("2025-03-05T10:00:00Z");
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
