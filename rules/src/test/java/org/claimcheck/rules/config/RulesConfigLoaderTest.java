package org.claimcheck.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimcheck.core.source.InputException;
import org.claimcheck.rules.Severity;
import org.claimcheck.rules.check.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesConfigLoaderTest {
    @TempDir
    Path dir;

    private final RulesConfigLoader loader = new RulesConfigLoader(BuiltInRules.ids());

    @Test
    void readsEveryPartOfAYamlRulesFile() throws Exception {
        Path file = write("rules.yml", """
                rules:
                  misquote: off
                  date-mismatch: warning
                  numeric-mismatch: {enabled: true, severity: info}
                tolerances:
                  approximately: 0.2
                maxDaysApart: 10
                synonyms:
                  nouns: [[casualty, victim]]
                  events: {kill: [slay]}
                aliases:
                  Volodymyr Zelensky: [Zelenskiy, Selenskyj]
                facts:
                  - id: storm-damage
                    nouns: [house, home]
                    events: [damage, destroy]
                """);

        RulesConfig config = loader.load(file);

        assertThat(config.rule("misquote").enabled()).isFalse();
        assertThat(config.rule("date-mismatch").severity()).isEqualTo(Severity.WARNING);
        assertThat(config.rule("numeric-mismatch").severity()).isEqualTo(Severity.INFO);
        assertThat(config.rule("figure-update").enabled()).isTrue();
        assertThat(config.tolerances().approximately()).isEqualTo(0.2);
        assertThat(config.tolerances().nearly()).isEqualTo(Tolerances.defaults().nearly());
        assertThat(config.maxDaysApart()).isEqualTo(10);
        assertThat(config.nounSynonyms()).containsExactly(List.of("casualty", "victim"));
        assertThat(config.nameAliases()).containsEntry("Selenskyj", "Volodymyr Zelensky");
        assertThat(config.facts()).singleElement().satisfies(f -> assertThat(f.nouns()).containsExactly("house", "home"));
    }

    @Test
    void aFileWhoseDocumentIsEmptyOrNullGivesTheDefaults() throws Exception {
        assertThat(loader.load(write("comments.yml", "# nothing yet\n"))).isEqualTo(RulesConfig.defaults());
        assertThat(loader.load(write("tag.yml", "!"))).isEqualTo(RulesConfig.defaults());
        assertThat(loader.load(write("null.json", "null"))).isEqualTo(RulesConfig.defaults());
    }

    @Test
    void yamlTagsNeverBuildObjectsAndAliasBombsAreRefused() throws Exception {
        Path tagged = write("tagged.yml", "rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://example.invalid/\"]]]]\n");
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 60; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Path aliases = write("aliases.yml", bomb.toString());

        assertThatThrownBy(() -> loader.load(tagged)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.describe()).startsWith(tagged + ":1: invalid rules file at key 'rules'"));
        assertThatThrownBy(() -> loader.load(aliases)).isInstanceOf(InputException.class);
    }

    @Test
    void readsJsonToo() throws Exception {
        Path file = write("rules.json", "{\"rules\": {\"misquote\": \"error\"}}");

        assertThat(loader.load(file).rule("misquote").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anUnknownRuleNamesFileLineAndKey() throws Exception {
        Path file = write("rules.yml", "rules:\n  numeric-mismatch: error\n  numbers-mismatch: off\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.describe()).startsWith(file + ":3: invalid rules file at key 'rules.numbers-mismatch':"
                            + " unknown rule 'numbers-mismatch'; known rules: attribution-outlet-mismatch,");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void anUnknownKeyListsTheAllowedOnes() throws Exception {
        Path file = write("rules.yml", "rules: {}\ntolerance:\n  exact: 0.1\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(file + ":2: invalid rules file at key 'tolerance': unknown key 'tolerance'; "
                                + "allowed: aliases, facts, maxDaysApart, rules, synonyms, tolerances"));
    }

    @Test
    void aToleranceOutOfRangeIsRejected() throws Exception {
        Path file = write("rules.yml", "tolerances:\n  nearly: 1.5\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .contains("nearly must be a fraction from 0 to below 1, not 1.5"));
    }

    @Test
    void aBadSeverityIsRejected() throws Exception {
        Path file = write("rules.yml", "rules:\n  misquote: fatal\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .contains("rule 'misquote'"));
    }

    @Test
    void brokenYamlNamesTheLine() throws Exception {
        Path file = write("rules.yml", "rules:\n  misquote: [off\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isGreaterThan(0));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            synonyms:\\n  nouns: [[casualty, null]]         | 2 | synonyms.nouns
            synonyms:\\n  nouns: [null]                     | 2 | synonyms.nouns
            synonyms:\\n  events: {kill: null}              | 2 | synonyms.events.kill
            synonyms:\\n  events: {kill: [slay, null]}      | 2 | synonyms.events.kill
            aliases:\\n  Volodymyr Zelensky: null           | 2 | aliases.Volodymyr Zelensky
            aliases:\\n  Volodymyr Zelensky: [null]         | 2 | aliases.Volodymyr Zelensky
            rules: {}\\nfacts: [null]                       | 2 | facts
            rules: {}\\nfacts: [{id: homes, nouns: [null]}] | 2 | facts.nouns
            """)
    void anEmptyEntryNamesFileLineAndKey(String escaped, int line, String key) throws Exception {
        Path file = write("rules.yml", escaped.replace("\\n", "\n"));

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(file + ":" + line + ": invalid rules file at key '" + key
                                + "': an empty (null) entry; write a value or remove the entry"));
    }

    @Test
    void anEmptyNounGroupIsRejected() throws Exception {
        Path file = write("rules.json", "{\"synonyms\": {\"nouns\": [[\"casualty\", \"victim\"], []]}}");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(file + ":1: invalid rules file at key 'synonyms': a noun group needs at least "
                                + "one noun"));
    }

    @Test
    void yamlLineSeparatorsDoNotMoveTheLinePastTheFile() throws Exception {
        Path file = write("rules.yml", "tolerances: {}\u2028aliases: {}\u2029maxDaysApart: 3\u0085facts: ]");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
