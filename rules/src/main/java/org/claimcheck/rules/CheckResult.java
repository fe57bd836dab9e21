package org.claimcheck.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;

/**
 * Everything a run found: the documents read, their claims, the findings, the rules that were active and the inputs
 * that could not be read. Every report format is a view of this. Lists are in deterministic order.
 */
public record CheckResult(String toolVersion, List<DocumentInfo> documents, List<Claim> claims,
                          List<Finding> findings, List<RuleInfo> rules, List<InputProblem> problems) {
    public CheckResult {
        documents = List.copyOf(documents);
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** Claims by id. */
    public Map<String, Claim> claimsById() {
        return claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    }

    /** Documents by id. */
    public Map<String, DocumentInfo> documentsById() {
        return documents.stream().collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
    }

    /** The documentation of a rule of this run. */
    public Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
