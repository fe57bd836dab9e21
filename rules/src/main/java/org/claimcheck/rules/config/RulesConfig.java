package org.claimcheck.rules.config;

import java.util.List;
import java.util.Map;

/**
 * Everything a rules file can set. Missing parts take the documented defaults ({@link #defaults()}).
 *
 * @param rules        settings by rule id; rules not named keep their defaults
 * @param tolerances   hedge tolerances for numeric comparison
 * @param maxDaysApart claims of articles published further apart than this are never compared
 * @param nounSynonyms groups of noun lemmas that count the same thing ("soldier", "serviceman", "troop")
 * @param eventSynonyms extra event words by event class ("kill": ["slay"])
 * @param nameAliases  canonical speaker name by alias ("Zelenskiy" -> "Volodymyr Zelensky")
 * @param facts        extra comparable fact families
 */
public record RulesConfig(Map<String, RuleSetting> rules, Tolerances tolerances, int maxDaysApart,
                          List<List<String>> nounSynonyms, Map<String, List<String>> eventSynonyms,
                          Map<String, String> nameAliases, List<ExtraFact> facts) {
    public RulesConfig {
        rules = Map.copyOf(rules);
        nounSynonyms = nounSynonyms.stream().map(List::copyOf).toList();
        eventSynonyms = Map.copyOf(eventSynonyms);
        nameAliases = Map.copyOf(nameAliases);
        facts = List.copyOf(facts);
    }

    /** No rules file: every rule on at its default severity, default tolerances, built-in vocabulary only. */
    public static RulesConfig defaults() {
        return new RulesConfig(Map.of(), Tolerances.defaults(), 60, List.of(), Map.of(), Map.of(), List.of());
    }

    /** The setting of a rule; enabled at its default severity when the file does not name it. */
    public RuleSetting rule(String id) {
        return rules.getOrDefault(id, new RuleSetting(true, null));
    }
}
