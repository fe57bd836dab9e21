package org.claimcheck.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimcheck.core.source.InputException;
import org.claimcheck.rules.check.Baseline;
import org.claimcheck.rules.check.BuiltInRules;
import org.claimcheck.rules.check.RuleEngine;
import org.claimcheck.rules.check.Suppressions;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as a rules file, read both as YAML and as JSON: refused with the file and a line in it, or loaded
 * into a configuration the rule engine accepts.
 * Seeds in {@code src/test/resources}: {@code RulesConfigLoaderFuzzTestInputs/loadsAnyRulesFile}.
 */
class RulesConfigLoaderFuzzTest {
    private static final RulesConfigLoader LOADER = new RulesConfigLoader(BuiltInRules.ids());

    @TempDir
    static Path dir;

    @FuzzTest
    void loadsAnyRulesFile(byte[] bytes) throws IOException {
        int lineBound = lineBound(bytes);
        for (String name : List.of("rules.yml", "rules.json")) {
            Path file = Files.write(dir.resolve(name), bytes);
            RulesConfig config;
            try {
                config = LOADER.load(file);
            } catch (InputException refused) {
                assertThat(refused.file()).isEqualTo(file);
                assertThat(refused.line()).isBetween(0, lineBound);
                assertThat(refused.getMessage()).isNotBlank();
                continue;
            }
            RuleEngine engine = new RuleEngine(config);
            assertThat(engine.activeRules().size()).isLessThanOrEqualTo(BuiltInRules.ids().size());
            assertThat(engine.check(List.of(), List.of(), new Suppressions(), Baseline.empty())).isEmpty();
        }
    }

    /** The most lines the file can have: one more than its line ends. */
    private static int lineBound(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return text.split("\r\n|\r|\n", -1).length;
    }
}
