package org.claimcheck.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The machine-readable report ({@code claimcheck-report/1}): the fields of the public contract first, in the
 * contract's order, then the extra detail for each claim and finding, the rules, input problems and a summary.
 */
public final class JsonReport implements ReportRenderer {
    /** The schema name readers check. */
    public static final String SCHEMA = "claimcheck-report/1";

    @Override
    public String render(CheckResult result, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the report one document, claim and finding at a time, without building a tree of any of them. */
    @Override
    public void write(CheckResult result, ReportOptions options, OutputStream out) throws IOException {
        JsonGenerator json = JsonTrees.generator(out, options.prettyJson());
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "claimcheck");
        json.writeStringField("version", result.toolVersion());
        json.writeEndObject();
        if (options.timestamp() != null) {
            json.writeStringField("generated", options.timestamp().toString());
        }
        writeArray(json, "documents", result.documents(), JsonReport::document);
        writeArray(json, "claims", result.claims(), JsonReport::claim);
        writeArray(json, "findings", result.findings(), JsonReport::finding);
        writeArray(json, "rules", result.rules(), JsonReport::rule);
        writeArray(json, "problems", result.problems(), JsonReport::problem);
        json.writeFieldName("summary");
        summary(json, Summary.of(result));
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** Writes one item of a report as a JSON object. */
    @FunctionalInterface
    private interface ObjectWriter<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private static <T> void writeArray(JsonGenerator json, String field, List<T> items, ObjectWriter<T> writer)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            json.writeStartObject();
            writer.write(json, item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void document(JsonGenerator json, DocumentInfo info) throws IOException {
        json.writeStringField("id", info.id());
        json.writeStringField("path", info.path());
        json.writeStringField("title", info.title());
        json.writeStringField("date", info.date() == null ? null : info.date().toString());
        json.writeStringField("outlet", info.outlet());
        json.writeStringField("recordId", info.recordId());
        json.writeStringField("dateSource", info.dateSource());
    }

    private static void claim(JsonGenerator json, Claim claim) throws IOException {
        Mention mention = claim.mention();
        json.writeStringField("id", claim.id());
        json.writeStringField("document", mention.documentId());
        json.writeStringField("path", mention.path());
        json.writeNumberField("start", mention.span().start());
        json.writeNumberField("end", mention.span().end());
        json.writeNumberField("line", mention.span().line());
        json.writeNumberField("column", mention.span().column());
        json.writeStringField("text", mention.text());
        json.writeStringField("kind", claim.kind());
        if (claim instanceof QuantityClaim quantity) {
            quantityFields(json, quantity);
        } else if (claim instanceof DateClaim date) {
            dateFields(json, date);
        } else {
            attributionFields(json, (AttributionClaim) claim);
        }
        json.writeStringField("sentence", mention.sentence());
    }

    private static void quantityFields(JsonGenerator json, QuantityClaim claim) throws IOException {
        JsonTrees.writeNumber(json, "value", claim.amount().value());
        json.writeStringField("unit", claim.amount().unit());
        json.writeStringField("qualifier", claim.amount().qualifier().wireName());
        json.writeNullField("speaker");
        json.writeStringField("dimension", claim.amount().dimension().name().toLowerCase(Locale.ROOT));
        if (claim.amount().isRange()) {
            JsonTrees.writeNumber(json, "upper", claim.amount().upper());
        }
        JsonTrees.writeNumber(json, "baseValue", claim.amount().baseValue());
        CountedNoun noun = claim.noun();
        json.writeObjectFieldStart("noun");
        json.writeStringField("phrase", noun.phrase());
        json.writeStringField("head", noun.head());
        strings(json, "modifiers", noun.modifiers());
        json.writeEndObject();
        context(json, claim.context());
    }

    private static void dateFields(JsonGenerator json, DateClaim claim) throws IOException {
        json.writeStringField("value", claim.value().toString());
        json.writeNullField("unit");
        json.writeNullField("qualifier");
        json.writeNullField("speaker");
        json.writeStringField("relation", claim.relation());
        json.writeBooleanField("relative", claim.relative());
        json.writeBooleanField("yearInferred", claim.yearInferred());
        context(json, claim.context());
    }

    private static void attributionFields(JsonGenerator json, AttributionClaim claim) throws IOException {
        json.writeNullField("value");
        json.writeNullField("unit");
        json.writeNullField("qualifier");
        json.writeStringField("speaker", claim.speaker());
        json.writeStringField("quote", claim.quote());
        json.writeStringField("cue", claim.cue());
        json.writeStringField("outlet", claim.outlet());
        json.writeStringField("speakerMention", claim.speakerMention());
        json.writeBooleanField("direct", claim.direct());
    }

    private static void context(JsonGenerator json, EventContext context) throws IOException {
        json.writeObjectFieldStart("context");
        json.writeStringField("predicate", context.predicate());
        strings(json, "entities", context.entities());
        json.writeStringField("time", context.time());
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("id", finding.id());
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().wireName());
        strings(json, "claims", finding.claims());
        json.writeStringField("message", finding.message());
        json.writeStringField("explanation", finding.explanation());
        json.writeStringField("fingerprint", finding.fingerprint());
    }

    private static void rule(JsonGenerator json, RuleInfo rule) throws IOException {
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        json.writeStringField("summary", rule.summary());
        json.writeStringField("description", rule.description());
        json.writeStringField("help", rule.help());
        json.writeStringField("defaultSeverity", rule.defaultSeverity().wireName());
    }

    private static void problem(JsonGenerator json, InputProblem problem) throws IOException {
        json.writeStringField("path", problem.path());
        json.writeNumberField("line", problem.line());
        json.writeStringField("message", problem.message());
    }

    private static void summary(JsonGenerator json, Summary summary) throws IOException {
        json.writeStartObject();
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("claims", summary.claims());
        json.writeNumberField("findings", summary.findings());
        json.writeNumberField("problems", summary.problems());
        json.writeObjectFieldStart("bySeverity");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            json.writeNumberField(severity.wireName(), summary.count(severity));
        }
        json.writeEndObject();
        json.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
