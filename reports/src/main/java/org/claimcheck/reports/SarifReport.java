package org.claimcheck.reports;

import java.util.List;
import java.util.Optional;

import org.claimcheck.core.model.Claim;
import org.claimcheck.rules.CheckResult;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules as the driver's reporting descriptors, each finding a
 * result located at its reference claim with the other claims as related locations. Respects the common service
 * limits of 25,000 results per run (the number left out is given in the run's {@code omittedResults} property) and
 * 10 related locations per result.
 */
public final class SarifReport implements ReportRenderer {
    /** Most results a run may carry. */
    static final int MAX_RESULTS = 25_000;
    /** Most related locations a result may carry. */
    static final int MAX_RELATED = 10;
    /** Where the repository root stands in artifact locations. */
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** The key of the stable finding hash in {@code partialFingerprints}. */
    static final String FINGERPRINT_KEY = "claimcheckFinding/v1";
    private static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String render(CheckResult result, ReportOptions options) {
        ObjectNode root = JsonTrees.NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.set("tool", tool(result));
        if (options.timestamp() != null) {
            run.putArray("invocations").addObject()
                    .put("executionSuccessful", true)
                    .put("endTimeUtc", options.timestamp().toString());
        }
        RepositoryPaths paths = new RepositoryPaths(options.repositoryRoot());
        ResultIndex index = new ResultIndex(result);
        ArrayNode results = run.putArray("results");
        result.findings().stream().limit(MAX_RESULTS)
                .forEach(f -> results.add(result(f, result.rules(), index, paths)));
        int omitted = result.findings().size() - results.size();
        if (omitted > 0) {
            run.putObject("properties").put("omittedResults", omitted);
        }
        return JsonTrees.print(root, options.prettyJson());
    }

    private static ObjectNode tool(CheckResult result) {
        ObjectNode driver = JsonTrees.NODES.objectNode();
        driver.put("name", "claimcheck");
        driver.put("version", result.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo rule : result.rules()) {
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.id());
            descriptor.put("name", rule.name());
            descriptor.set("shortDescription", JsonTrees.text(rule.summary()));
            descriptor.set("fullDescription", JsonTrees.text(rule.description()));
            descriptor.set("help", JsonTrees.text(rule.help()));
            descriptor.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        ObjectNode tool = JsonTrees.NODES.objectNode();
        tool.set("driver", driver);
        return tool;
    }

    private static ObjectNode result(Finding finding, List<RuleInfo> rules, ResultIndex index,
                                     RepositoryPaths paths) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("ruleId", finding.rule());
        int ruleIndex = indexOf(rules, finding.rule());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", level(finding.severity()));
        node.set("message", JsonTrees.text(finding.message()));
        List<Claim> claims = index.claimsOf(finding);
        Optional<Claim> primary = index.primaryClaim(finding);
        if (primary.isPresent()) {
            node.putArray("locations").addObject().set("physicalLocation", physical(primary.get(), paths));
            ArrayNode related = node.putArray("relatedLocations");
            List<Claim> others = claims.stream().filter(c -> c != primary.get()).toList();
            for (int i = 1; i <= others.size() && i <= MAX_RELATED; i++) {
                Claim claim = others.get(i - 1);
                ObjectNode location = related.addObject();
                location.put("id", i);
                location.set("physicalLocation", physical(claim, paths));
                location.set("message", JsonTrees.text("Claim " + claim.id() + ": \""
                        + ClaimText.singleLine(claim.mention().text()) + "\" (" + ClaimText.value(claim) + ")"));
            }
        }
        if (finding.fingerprint() != null) {
            node.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        }
        return node;
    }

    private static ObjectNode physical(Claim claim, RepositoryPaths paths) {
        ObjectNode physical = JsonTrees.NODES.objectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        String relative = paths.relative(claim.mention().path());
        if (relative != null) {
            artifact.put("uri", RepositoryPaths.uriReference(relative));
            artifact.put("uriBaseId", SOURCE_ROOT);
        } else {
            artifact.put("uri", RepositoryPaths.absoluteUri(claim.mention().path()));
        }
        SourceRegion region = SourceRegion.of(claim.mention());
        ObjectNode regionNode = physical.putObject("region");
        regionNode.put("startLine", region.startLine());
        regionNode.put("startColumn", region.startColumn());
        regionNode.put("endLine", region.endLine());
        regionNode.put("endColumn", region.endColumn());
        regionNode.putObject("snippet").put("text", claim.mention().text());
        return physical;
    }

    private static int indexOf(List<RuleInfo> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
