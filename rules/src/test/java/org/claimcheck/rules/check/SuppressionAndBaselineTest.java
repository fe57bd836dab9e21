package org.claimcheck.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.rules.Finding;
import org.claimcheck.rules.config.RulesConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionAndBaselineTest {
    @TempDir
    Path dir;

    private final Fixtures run = new Fixtures();

    private void plantConflict() {
        DocumentInfo gazette = run.document("gazette.md", "2026-03-14");
        DocumentInfo times = run.document("times.md", "2026-03-16");
        run.count(gazette, "14 people", 14, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "14 people were injured when the levee broke, the fire service said.");
        run.count(times, "41 people", 41, Qualifier.EXACT, "people", "people", "injure", List.of(),
                "41 people were injured when the levee broke, the fire service said.");
    }

    @Test
    void aCommentOnTheLineBeforeSuppressesTheNamedRule() {
        plantConflict();
        Suppressions suppressions = new Suppressions();
        suppressions.add("times.md",
                Suppressions.directivesIn("<!-- claimcheck-disable-next-line numeric-mismatch -->\n41 people ...\n"));

        List<Finding> findings = new RuleEngine(RulesConfig.defaults())
                .check(run.documents, run.claims, suppressions, Baseline.empty());

        assertThat(findings).isEmpty();
    }

    @Test
    void aCommentForAnotherRuleOrLineSuppressesNothing() {
        plantConflict();
        Suppressions suppressions = new Suppressions();
        suppressions.add("times.md",
                Suppressions.directivesIn("<!-- claimcheck-disable-next-line misquote -->\n41 people ...\n"));
        suppressions.add("gazette.md",
                Suppressions.directivesIn("<!-- claimcheck-disable-next-line -->\n\n\n14 people\n"));

        List<Finding> findings = new RuleEngine(RulesConfig.defaults())
                .check(run.documents, run.claims, suppressions, Baseline.empty());

        assertThat(findings).extracting(Finding::rule).containsExactly("numeric-mismatch");
    }

    @Test
    void aWrittenBaselineAcceptsTheSameFindingsAgain() throws Exception {
        plantConflict();
        List<Finding> first = run.check();
        Path file = dir.resolve("baseline.json");

        Baseline.write(file, first);
        List<Finding> second = new RuleEngine(RulesConfig.defaults())
                .check(run.documents, run.claims, new Suppressions(), Baseline.read(file));

        assertThat(first).hasSize(1);
        assertThat(Files.readString(file)).contains("\"schema\" : \"claimcheck-baseline/1\"");
        assertThat(second).isEmpty();
    }

    @Test
    void rulesCanBeTurnedOff() throws Exception {
        plantConflict();
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, "rules:\n  numeric-mismatch: off\n");

        RulesConfig config = new org.claimcheck.rules.config.RulesConfigLoader(BuiltInRules.ids()).load(file);

        assertThat(run.check(config)).isEmpty();
    }
}
