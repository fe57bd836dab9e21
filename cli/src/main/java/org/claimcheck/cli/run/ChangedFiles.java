package org.claimcheck.cli.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.claimcheck.core.source.InputException;

/** The files changed since a git revision, committed or not, as absolute normalized paths. */
final class ChangedFiles {
    private ChangedFiles() {
    }

    static Set<Path> since(String revision, Path workingDirectory) throws InputException {
        Path top = Path.of(git(workingDirectory, "rev-parse", "--show-toplevel").get(0));
        Set<Path> changed = new HashSet<>();
        for (String name : git(top, "diff", "--name-only", revision, "--")) {
            changed.add(top.resolve(name).toAbsolutePath().normalize());
        }
        for (String name : git(top, "ls-files", "--others", "--exclude-standard")) {
            changed.add(top.resolve(name).toAbsolutePath().normalize());
        }
        return changed;
    }

    private static List<String> git(Path directory, String... arguments) throws InputException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new InputException(directory, 0, "--since needs a git repository and a known revision; '"
                        + String.join(" ", command) + "' said: " + output.strip());
            }
            return output.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new InputException(directory, 0, "--since needs git on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(directory, 0, "interrupted while asking git for changed files", e);
        }
    }
}
