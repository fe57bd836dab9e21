package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.compare.DateFacts;
import org.claimcheck.rules.compare.QuantityFacts;
import org.claimcheck.rules.compare.QuoteFacts;
import org.claimcheck.rules.compare.SpeakerNames;
import org.claimcheck.rules.compare.Vocabulary;
import org.claimcheck.rules.config.RuleSetting;
import org.claimcheck.rules.config.RulesConfig;

/**
 * Runs the enabled rules over the claims of a run: pairs the claims that state the same fact once, lets every rule
 * judge the pairs, drops suppressed and baselined findings, and numbers the rest in a stable order (by the first
 * claim's document and position, then rule).
 */
public final class RuleEngine {
    private final RulesConfig config;

    public RuleEngine(RulesConfig config) {
        this.config = config;
    }

    /** The documentation of the enabled rules, each at its configured severity. */
    public List<RuleInfo> activeRules() {
        List<RuleInfo> active = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleSetting setting = config.rule(rule.info().id());
            if (setting.enabled()) {
                RuleInfo info = rule.info();
                active.add(new RuleInfo(info.id(), info.name(), info.summary(), info.description(), info.help(),
                        setting.severity() == null ? info.defaultSeverity() : setting.severity()));
            }
        }
        return active;
    }

    /** The findings of the run, numbered {@code f1}, {@code f2}, … */
    public List<Finding> check(List<DocumentInfo> documents, List<Claim> claims, Suppressions suppressions,
                               Baseline baseline) {
        Map<String, DocumentInfo> byId = documents.stream()
                .collect(Collectors.toMap(DocumentInfo::id, Function.identity()));
        Vocabulary vocabulary = new Vocabulary(config);
        SpeakerNames speakers = new SpeakerNames(config.nameAliases());
        List<QuantityClaim> quantities = ofType(claims, QuantityClaim.class);
        List<DateClaim> dates = ofType(claims, DateClaim.class);
        List<AttributionClaim> attributions = ofType(claims, AttributionClaim.class);
        RuleInput input = new RuleInput(byId,
                memoize(() -> new QuantityFacts(vocabulary, config, byId).pairs(quantities)),
                memoize(() -> new DateFacts(vocabulary, config, byId).pairs(dates)),
                memoize(() -> new QuoteFacts(speakers, byId).pairs(attributions)),
                attributions, config, Severity.ERROR);
        Map<String, Claim> claimsById = claims.stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleSetting setting = config.rule(rule.info().id());
            if (!setting.enabled()) {
                continue;
            }
            Severity severity = setting.severity() == null ? rule.info().defaultSeverity() : setting.severity();
            for (Finding finding : rule.check(input.at(severity))) {
                if (!suppressions.suppresses(finding, claimsById) && !baseline.accepts(finding)) {
                    findings.add(finding);
                }
            }
        }
        findings.sort(order(documents, claimsById));
        List<Finding> numbered = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            numbered.add(findings.get(i).withId("f" + (i + 1)));
        }
        return numbered;
    }

    private static Comparator<Finding> order(List<DocumentInfo> documents, Map<String, Claim> claims) {
        Map<String, Integer> documentRank = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            documentRank.put(documents.get(i).id(), i);
        }
        Function<String, Integer> rankOf = id -> documentRank.get(claims.get(id).mention().documentId());
        Function<String, Integer> startOf = id -> claims.get(id).mention().span().start();
        return Comparator.comparing((Finding f) -> rankOf.apply(f.claims().get(0)))
                .thenComparing(f -> startOf.apply(f.claims().get(0)))
                .thenComparing(Finding::rule)
                .thenComparing(f -> rankOf.apply(f.claims().get(f.claims().size() - 1)))
                .thenComparing(f -> startOf.apply(f.claims().get(f.claims().size() - 1)));
    }

    private static <T extends Claim> List<T> ofType(List<Claim> claims, Class<T> type) {
        return claims.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
