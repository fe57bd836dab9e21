package org.claimcheck.rules.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.rules.Severity;

/**
 * Reads a rules file, YAML ({@code .yml}, {@code .yaml}) or JSON, into a {@link RulesConfig}. Unknown keys, unknown
 * rule ids, bad severities and out-of-range tolerances are errors naming the file, the line and the key. Plain data
 * binding only: no polymorphic typing, no interpolation.
 */
public final class RulesConfigLoader {
    private final Set<String> knownRules;

    /** @param knownRules the ids of the rules a file may configure */
    public RulesConfigLoader(Set<String> knownRules) {
        this.knownRules = Set.copyOf(knownRules);
    }

    /** Reads and validates {@code file}. */
    public RulesConfig load(Path file) throws InputException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read rules file: " + e.getMessage(), e);
        }
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() == null) {
                return RulesConfig.defaults();
            }
            RulesFile parsed = mapper.readerFor(RulesFile.class)
                    .with(new InjectableValues.Std().addValue(KNOWN_RULES, knownRules))
                    .readValue(parser);
            return parsed == null ? RulesConfig.defaults() : parsed.toConfig();
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int fileLine = json ? line : fileLineOfYamlLine(text, line);
            throw new InputException(file, keyLine(text, e).orElse(fileLine), describe(e));
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read rules file: " + e.getMessage(), e);
        }
    }

    private static final String KNOWN_RULES = "claimcheck.knownRules";

    /** The keys leading to the failure, the rule id included when a rule's setting failed. */
    private static List<String> keyPath(JsonProcessingException e) {
        List<String> keys = new java.util.ArrayList<>();
        if (e instanceof JsonMappingException mapping) {
            mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(java.util.Objects::nonNull).forEach(keys::add);
        }
        if (e.getCause() instanceof RuleSettingException rule
                && (keys.isEmpty() || !keys.get(keys.size() - 1).equals(rule.ruleId))) {
            keys.add(rule.ruleId);
        }
        return keys;
    }

    private static String describe(JsonProcessingException e) {
        List<String> path = keyPath(e);
        String key = path.isEmpty() ? null : String.join(".", path);
        Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : null;
        String what = cause != null ? cause.getMessage() : e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
            what = "an empty (null) entry; write a value or remove the entry";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            what = "unknown key '" + unknown.getPropertyName() + "'; allowed: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
        }
        return "invalid rules file" + (key != null ? " at key '" + key + "'" : "") + ": " + firstLine(what);
    }

    /**
     * The line where the failing key is written: the parser reports where it stood when it noticed, which in YAML
     * is often past the key. Each key of the path is looked for after the line of its parent.
     */
    private static java.util.OptionalInt keyLine(String text, JsonProcessingException e) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int from = 0;
        int found = -1;
        for (String key : keyPath(e)) {
            found = -1;
            for (int i = from; i < lines.length && found < 0; i++) {
                String line = lines[i].strip();
                if (line.startsWith(key + ":") || line.startsWith("\"" + key + "\"") || line.startsWith("- " + key + ":")
                        || line.contains("{" + key + ":") || line.contains("\"" + key + "\":")
                        || line.contains("\"" + key + "\" :")) {
                    found = i;
                }
            }
            if (found < 0) {
                return java.util.OptionalInt.empty();
            }
            from = found;
        }
        return found < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(found + 1);
    }

    /**
     * The file line of a line as the YAML parser counts them: it also ends lines at U+0085, U+2028 and U+2029,
     * where files (and the rest of claimcheck) end them only at a line feed, a carriage return or both.
     */
    private static int fileLineOfYamlLine(String text, int yamlLine) {
        if (yamlLine <= 0) {
            return 0;
        }
        int offset = 0;
        int line = 1;
        while (line < yamlLine && offset < text.length()) {
            char c = text.charAt(offset++);
            boolean crlf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
            if (!crlf && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                line++;
            }
        }
        return LineIndex.of(text).line(offset);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** The file as written. */
    record RulesFile(RulesSection rules, TolerancesEntry tolerances, Integer maxDaysApart, SynonymsEntry synonyms,
                     Map<String, List<String>> aliases, List<FactEntry> facts) {
        @JsonCreator
        RulesFile(@JsonProperty("rules") RulesSection rules,
                  @JsonProperty("tolerances") TolerancesEntry tolerances,
                  @JsonProperty("maxDaysApart") Integer maxDaysApart,
                  @JsonProperty("synonyms") SynonymsEntry synonyms,
                  @JsonProperty("aliases") Map<String, List<String>> aliases,
                  @JsonProperty("facts") List<FactEntry> facts) {
            if (maxDaysApart != null && maxDaysApart < 0) {
                throw new IllegalArgumentException("maxDaysApart must be 0 or more, not " + maxDaysApart);
            }
            this.rules = rules;
            this.tolerances = tolerances;
            this.maxDaysApart = maxDaysApart;
            this.synonyms = synonyms;
            this.aliases = aliases;
            this.facts = facts;
        }

        RulesConfig toConfig() {
            RulesConfig defaults = RulesConfig.defaults();
            Map<String, String> nameAliases = new LinkedHashMap<>();
            if (aliases != null) {
                aliases.forEach((canonical, variants) -> variants.forEach(v -> nameAliases.put(v, canonical)));
            }
            return new RulesConfig(
                    rules == null ? Map.of() : rules.settings,
                    tolerances == null ? defaults.tolerances() : tolerances.toTolerances(),
                    maxDaysApart == null ? defaults.maxDaysApart() : maxDaysApart,
                    synonyms == null || synonyms.nouns == null ? List.of() : synonyms.nouns,
                    synonyms == null || synonyms.events == null ? Map.of() : synonyms.events,
                    nameAliases,
                    facts == null ? List.of()
                            : facts.stream().map(f -> new ExtraFact(f.id, f.nouns, f.events)).toList());
        }
    }

    /** A rule's setting is wrong; names the rule so that the error can point at its line. */
    static final class RuleSettingException extends IllegalArgumentException {
        final String ruleId;

        RuleSettingException(String ruleId, String message) {
            super(message);
            this.ruleId = ruleId;
        }
    }

    /** {@code rules:} a map from rule id to {@code off}, a severity, or {@code {enabled, severity}}. */
    static final class RulesSection {
        final Map<String, RuleSetting> settings = new LinkedHashMap<>();
        private final Set<String> known;

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        RulesSection(@com.fasterxml.jackson.annotation.JacksonInject(KNOWN_RULES) Set<String> known) {
            this.known = known;
        }

        @JsonAnySetter
        void put(String id, Object value) {
            if (known != null && !known.contains(id)) {
                throw new RuleSettingException(id, "unknown rule '" + id + "'; known rules: "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
            try {
                settings.put(id, parseSetting(id, value));
            } catch (IllegalArgumentException e) {
                throw new RuleSettingException(id, e.getMessage());
            }
        }

        private static RuleSetting parseSetting(String id, Object value) {
            if (value instanceof Boolean on) {
                return new RuleSetting(on, null);
            }
            if (value instanceof String word) {
                if (word.equalsIgnoreCase("off") || word.equalsIgnoreCase("false")) {
                    return new RuleSetting(false, null);
                }
                if (word.equalsIgnoreCase("on") || word.equalsIgnoreCase("true")) {
                    return new RuleSetting(true, null);
                }
                return new RuleSetting(true, severity(id, word));
            }
            if (value instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    if (!"enabled".equals(key) && !"severity".equals(key)) {
                        throw new IllegalArgumentException("unknown key '" + key + "' for rule '" + id
                                + "'; allowed: enabled, severity");
                    }
                }
                Object enabled = map.get("enabled");
                if (enabled != null && !(enabled instanceof Boolean)) {
                    throw new IllegalArgumentException("'enabled' of rule '" + id + "' must be true or false");
                }
                Object severity = map.get("severity");
                return new RuleSetting(enabled == null || (Boolean) enabled,
                        severity == null ? null : severity(id, severity.toString()));
            }
            throw new IllegalArgumentException("rule '" + id + "' must be off, on, a severity, or a map");
        }

        private static Severity severity(String id, String word) {
            try {
                return Severity.parse(word);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule '" + id + "': " + e.getMessage());
            }
        }
    }

    /** {@code tolerances:} fractions between 0 and 1 (the ceiling: 0 or at least 1). */
    record TolerancesEntry(Double exact, Double approximately, Double nearly, Double moreThanCeiling) {
        @JsonCreator
        TolerancesEntry(@JsonProperty("exact") Double exact,
                        @JsonProperty("approximately") Double approximately,
                        @JsonProperty("nearly") Double nearly,
                        @JsonProperty("moreThanCeiling") Double moreThanCeiling) {
            fraction("exact", exact);
            fraction("approximately", approximately);
            fraction("nearly", nearly);
            if (moreThanCeiling != null && moreThanCeiling != 0 && moreThanCeiling < 1) {
                throw new IllegalArgumentException("moreThanCeiling must be 0 (none) or at least 1, not "
                        + moreThanCeiling);
            }
            this.exact = exact;
            this.approximately = approximately;
            this.nearly = nearly;
            this.moreThanCeiling = moreThanCeiling;
        }

        private static void fraction(String key, Double value) {
            if (value != null && (value < 0 || value >= 1)) {
                throw new IllegalArgumentException(key + " must be a fraction from 0 to below 1, not " + value);
            }
        }

        Tolerances toTolerances() {
            Tolerances d = Tolerances.defaults();
            return new Tolerances(exact == null ? d.exact() : exact,
                    approximately == null ? d.approximately() : approximately,
                    nearly == null ? d.nearly() : nearly,
                    moreThanCeiling == null ? d.moreThanCeiling() : moreThanCeiling);
        }
    }

    /** {@code synonyms:} noun groups and extra event words. */
    record SynonymsEntry(List<List<String>> nouns, Map<String, List<String>> events) {
        @JsonCreator
        SynonymsEntry(@JsonProperty("nouns") List<List<String>> nouns,
                      @JsonProperty("events") Map<String, List<String>> events) {
            if (nouns != null && nouns.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a noun group needs at least one noun");
            }
            this.nouns = nouns;
            this.events = events;
        }
    }

    /** One entry of {@code facts:}. */
    record FactEntry(String id, List<String> nouns, List<String> events) {
        @JsonCreator
        FactEntry(@JsonProperty(value = "id", required = true) String id,
                  @JsonProperty("nouns") List<String> nouns,
                  @JsonProperty("events") List<String> events) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a fact needs an id");
            }
            if (nouns == null || nouns.isEmpty()) {
                throw new IllegalArgumentException("fact '" + id + "' needs at least one noun");
            }
            this.id = id;
            this.nouns = nouns;
            this.events = events == null ? List.of() : events;
        }
    }
}
