package org.claimcheck.cli.run;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.SourceFiles;
import org.claimcheck.reports.ReportFormat;

/**
 * The article files of a run: every readable file under the given paths, narrowed by include and exclude globs
 * matched against the path relative to the folder it was found in ({@code **}{@code /drafts/**}, {@code *.md}),
 * without what the run itself writes: its reports, and the whole output folder when it lies inside a folder searched
 * (a report folder inside the articles is not read back as articles).
 */
final class FileSelection {
    private FileSelection() {
    }

    static List<Path> select(List<Path> roots, List<String> includes, List<String> excludes, Path output)
            throws InputException {
        Path outputFolder = output.toAbsolutePath().normalize();
        Set<Path> reports = Arrays.stream(ReportFormat.values()).filter(ReportFormat::isFile)
                .map(f -> outputFolder.resolve(f.fileName())).collect(Collectors.toSet());
        List<PathMatcher> include = matchers(includes);
        List<PathMatcher> exclude = matchers(excludes);
        List<Path> selected = new ArrayList<>();
        for (Path root : roots) {
            Path folder = root.toAbsolutePath().normalize();
            boolean outputInside = !outputFolder.equals(folder) && outputFolder.startsWith(folder);
            for (Path file : SourceFiles.collect(List.of(root))) {
                Path relative = Files.isDirectory(root)
                        ? root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                        : file.getFileName();
                boolean included = include.isEmpty() || include.stream().anyMatch(m -> m.matches(relative));
                Path absolute = file.toAbsolutePath().normalize();
                boolean written = reports.contains(absolute) || outputInside && absolute.startsWith(outputFolder);
                boolean excluded = written || exclude.stream().anyMatch(m -> m.matches(relative));
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
