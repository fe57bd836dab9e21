package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.claimcheck.rules.RuleInfo;
import org.claimcheck.rules.check.BuiltInRules;
import org.claimcheck.rules.check.Rule;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claimcheck explain RULE}: prints a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Prints the documentation of a rule.")
final class ExplainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'claimcheck rules'.")
    String ruleId;

    @Override
    public void run() {
        Optional<RuleInfo> found = BuiltInRules.all().stream().map(Rule::info)
                .filter(info -> info.id().equals(ruleId)).findFirst();
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown rule '" + ruleId
                    + "'. Run 'claimcheck rules' to list the rules.");
        }
        RuleInfo info = found.get();
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + " (" + info.name() + ", default severity " + info.defaultSeverity().wireName() + ")");
        out.println();
        out.println(info.summary());
        out.println();
        out.println(info.description());
        out.println();
        out.println("What to do: " + info.help());
        out.flush();
    }
}
