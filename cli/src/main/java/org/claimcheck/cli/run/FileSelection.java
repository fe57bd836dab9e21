package org.claimcheck.cli.run;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.SourceFiles;

/**
 * The article files of a run: every readable file under the given paths, narrowed by include and exclude globs
 * matched against the path relative to the folder it was found in ({@code **}{@code /drafts/**}, {@code *.md}),
 * without the files of the run's own output folder (a report folder inside the articles is not read back as articles).
 */
final class FileSelection {
    private FileSelection() {
    }

    static List<Path> select(List<Path> roots, List<String> includes, List<String> excludes, Path output)
            throws InputException {
        Path outputFolder = output.toAbsolutePath().normalize();
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        List<Path> selected = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : SourceFiles.collect(List.of(root))) {
                Path relative = Files.isDirectory(root)
                        ? root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        : file.getFileName();
                boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
                boolean excluded = file.toAbsolutePath().normalize().startsWith(outputFolder)
                        || exclude.stream().anyMatch(m -> m.matches(relative));
                if (included && !excluded) {
                    selected.add(file);
                }
            }
        }
        return selected;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }
}
