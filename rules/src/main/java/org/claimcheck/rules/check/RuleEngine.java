package org.claimcheck.rules.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.claimcheck.rules.compare.ClaimOrder;
import org.claimcheck.rules.compare.DateFacts;
import org.claimcheck.rules.compare.DatePair;
import org.claimcheck.rules.compare.FactPairs;
import org.claimcheck.rules.compare.QuantityFacts;
import org.claimcheck.rules.compare.QuantityPair;
import org.claimcheck.rules.compare.QuoteFacts;
import org.claimcheck.rules.compare.QuotePair;
import org.claimcheck.rules.compare.SpeakerNames;
import org.claimcheck.rules.compare.Vocabulary;
import org.claimcheck.rules.config.RuleSetting;
import org.claimcheck.rules.config.RulesConfig;

/**
 * Runs the enabled rules over the claims of a run: pairs the claims that state the same fact once (numbers, dates and
 * quotations side by side when there are threads for it), lets every rule judge the pairs, drops suppressed and
 * baselined findings, and numbers the rest in a stable order (by the first claim's document and position, then rule).
 */
public final class RuleEngine {
    /** Numbers, dates and quotations are paired independently. */
    private static final int FACT_KINDS = 3;

    private final RulesConfig config;
    private final int threads;

    /** An engine that pairs numbers, dates and quotations one after another. */
    public RuleEngine(RulesConfig config) {
        this(config, 1);
    }

    /** An engine that pairs numbers, dates and quotations on up to {@code threads} threads at once. */
    public RuleEngine(RulesConfig config, int threads) {
        this.config = config;
        this.threads = Math.max(1, threads);
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
        List<QuantityClaim> quantities = new ArrayList<>();
        List<DateClaim> dates = new ArrayList<>();
        List<AttributionClaim> attributions = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim instanceof QuantityClaim quantity) {
                quantities.add(quantity);
            } else if (claim instanceof DateClaim date) {
                dates.add(date);
            } else if (claim instanceof AttributionClaim attribution) {
                attributions.add(attribution);
            }
        }
        ClaimOrder order = ClaimOrder.of(documents);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, FACT_KINDS));
        try {
            Supplier<List<QuotePair>> quotePairs =
                    inBackground(pool, () -> new QuoteFacts(speakers, order).pairs(attributions));
            Supplier<FactPairs<QuantityClaim, QuantityPair>> quantityPairs =
                    inBackground(pool, () -> new QuantityFacts(vocabulary, config, byId, order).pairs(quantities));
            Supplier<FactPairs<DateClaim, DatePair>> datePairs =
                    inBackground(pool, () -> new DateFacts(vocabulary, config, byId, order).pairs(dates));
            RuleInput input = new RuleInput(byId, order, quantityPairs, datePairs, quotePairs, attributions,
                    new UpdateWords(), config, Severity.ERROR);
            return judge(input, documents, claims, suppressions, baseline);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lets every enabled rule judge the pairs, then filters, orders and numbers the findings. */
    private List<Finding> judge(RuleInput input, List<DocumentInfo> documents, List<Claim> claims,
                                Suppressions suppressions, Baseline baseline) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : BuiltInRules.all()) {
            RuleSetting setting = config.rule(rule.info().id());
            if (setting.enabled()) {
                Severity severity = setting.severity() == null ? rule.info().defaultSeverity() : setting.severity();
                found.addAll(rule.check(input.at(severity)));
            }
        }
        Map<String, Claim> claimsById = namedBy(found, claims);
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : found) {
            if (!suppressions.suppresses(finding, claimsById) && !baseline.accepts(finding)) {
                findings.add(finding);
            }
        }
        findings.sort(order(documents, claimsById));
        List<Finding> numbered = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            numbered.add(findings.get(i).withId("f" + (i + 1)));
        }
        return numbered;
    }

    /** The claims that {@code findings} name, by id: few of a run's claims. */
    private static Map<String, Claim> namedBy(List<Finding> findings, List<Claim> claims) {
        Set<String> ids = new HashSet<>();
        findings.forEach(finding -> ids.addAll(finding.claims()));
        Map<String, Claim> named = new HashMap<>();
        for (Claim claim : claims) {
            if (ids.contains(claim.id())) {
                named.put(claim.id(), claim);
            }
        }
        return named;
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

    /** Starts a computation on the pool; the supplier waits for its result. */
    private static <T> Supplier<T> inBackground(ExecutorService pool, Supplier<T> computation) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(computation, pool);
        return () -> {
            try {
                return result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        };
    }
}
