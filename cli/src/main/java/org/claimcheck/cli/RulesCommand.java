package org.claimcheck.cli;

import java.io.PrintWriter;

import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.check.BuiltInRules;
import org.claimcheck.rules.check.Rule;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code claimcheck rules}: lists the built-in rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists the built-in rules with their id, default severity and summary.")
final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        int width = BuiltInRules.all().stream().mapToInt(r -> r.info().id().length()).max().orElse(0);
        for (Rule rule : BuiltInRules.all()) {
            RuleInfo info = rule.info();
            out.printf("%-" + width + "s  %-7s  %s%n", info.id(), info.defaultSeverity().wireName(), info.summary());
        }
        out.flush();
    }
}
