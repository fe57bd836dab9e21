package org.claimcheck.cli;

import org.claimcheck.core.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command: checks articles for claims that disagree. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Checks news articles for numbers, dates and quotations that disagree.",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding reaches the failing severity", "1:findings reach the failing severity",
                "2:usage error or unreadable input"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for the launcher and for tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing command: try 'claimcheck check PATH...' or 'claimcheck --help'.");
    }

    /** Reports the version built into the core. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimcheck " + Version.current()};
        }
    }
}
