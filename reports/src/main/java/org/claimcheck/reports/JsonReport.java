package org.claimcheck.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The machine-readable report ({@code claimcheck-report/1}): the fields of the public contract first, in the
 * contract's order, then the extra detail for each claim and finding, the rules, input problems and a summary.
 */
public final class JsonReport implements ReportRenderer {
    /** The schema name readers check. */
    public static final String SCHEMA = "claimcheck-report/1";

    @Override
    public String render(CheckResult result, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the report one document, claim and finding at a time. */
    @Override
    public void write(CheckResult result, ReportOptions options, Writer out) throws IOException {
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
        json.writeTree(summary(Summary.of(result)));
        json.writeEndObject();
        json.flush();
        out.write("\n");
    }

    private static <T> void writeArray(JsonGenerator json, String field, List<T> items,
                                       Function<T, ObjectNode> node) throws IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            json.writeTree(node.apply(item));
        }
        json.writeEndArray();
    }

    private static ObjectNode document(DocumentInfo info) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("id", info.id());
        node.put("path", info.path());
        node.put("title", info.title());
        node.put("date", info.date() == null ? null : info.date().toString());
        node.put("outlet", info.outlet());
        node.put("recordId", info.recordId());
        node.put("dateSource", info.dateSource());
        return node;
    }

    private static ObjectNode claim(Claim claim) {
        Mention mention = claim.mention();
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("id", claim.id());
        node.put("document", mention.documentId());
        node.put("path", mention.path());
        node.put("start", mention.span().start());
        node.put("end", mention.span().end());
        node.put("line", mention.span().line());
        node.put("column", mention.span().column());
        node.put("text", mention.text());
        node.put("kind", claim.kind());
        if (claim instanceof QuantityClaim quantity) {
            quantityFields(node, quantity);
        } else if (claim instanceof DateClaim date) {
            dateFields(node, date);
        } else {
            attributionFields(node, (AttributionClaim) claim);
        }
        node.put("sentence", mention.sentence());
        return node;
    }

    private static void quantityFields(ObjectNode node, QuantityClaim claim) {
        JsonTrees.putNumber(node, "value", claim.amount().value());
        node.put("unit", claim.amount().unit());
        node.put("qualifier", claim.amount().qualifier().wireName());
        node.putNull("speaker");
        node.put("dimension", claim.amount().dimension().name().toLowerCase(Locale.ROOT));
        if (claim.amount().isRange()) {
            JsonTrees.putNumber(node, "upper", claim.amount().upper());
        }
        JsonTrees.putNumber(node, "baseValue", claim.amount().baseValue());
        node.set("noun", noun(claim.noun()));
        node.set("context", context(claim.context()));
    }

    private static void dateFields(ObjectNode node, DateClaim claim) {
        node.put("value", claim.value().toString());
        node.putNull("unit");
        node.putNull("qualifier");
        node.putNull("speaker");
        node.put("relation", claim.relation());
        node.put("relative", claim.relative());
        node.put("yearInferred", claim.yearInferred());
        node.set("context", context(claim.context()));
    }

    private static void attributionFields(ObjectNode node, AttributionClaim claim) {
        node.putNull("value");
        node.putNull("unit");
        node.putNull("qualifier");
        node.put("speaker", claim.speaker());
        node.put("quote", claim.quote());
        node.put("cue", claim.cue());
        node.put("outlet", claim.outlet());
        node.put("speakerMention", claim.speakerMention());
        node.put("direct", claim.direct());
    }

    private static ObjectNode noun(CountedNoun noun) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("phrase", noun.phrase());
        node.put("head", noun.head());
        strings(node.putArray("modifiers"), noun.modifiers());
        return node;
    }

    private static ObjectNode context(EventContext context) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("predicate", context.predicate());
        strings(node.putArray("entities"), context.entities());
        node.put("time", context.time());
        return node;
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("id", finding.id());
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().wireName());
        strings(node.putArray("claims"), finding.claims());
        node.put("message", finding.message());
        node.put("explanation", finding.explanation());
        node.put("fingerprint", finding.fingerprint());
        return node;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", rule.name());
        node.put("summary", rule.summary());
        node.put("description", rule.description());
        node.put("help", rule.help());
        node.put("defaultSeverity", rule.defaultSeverity().wireName());
        return node;
    }

    private static ObjectNode problem(InputProblem problem) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("path", problem.path());
        node.put("line", problem.line());
        node.put("message", problem.message());
        return node;
    }

    private static ObjectNode summary(Summary summary) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("documents", summary.documents());
        node.put("claims", summary.claims());
        node.put("findings", summary.findings());
        node.put("problems", summary.problems());
        ObjectNode bySeverity = node.putObject("bySeverity");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            bySeverity.put(severity.wireName(), summary.count(severity));
        }
        ObjectNode byRule = node.putObject("byRule");
        for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
            byRule.put(entry.getKey(), entry.getValue());
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
