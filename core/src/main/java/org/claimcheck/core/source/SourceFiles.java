package org.claimcheck.core.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the article files under a set of roots: every file whose extension {@link ArticleReader} reads, found
 * by walking directories (symbolic links followed, loops skipped) but not hidden directories nor the output folders
 * {@code target} and {@code claimcheck-report}. A root that is a file is taken when its extension is supported.
 * Symbolic link loops and dangling links are passed over.
 */
public final class SourceFiles {
    private static final Set<String> OUTPUT_FOLDERS = Set.of("target", "claimcheck-report");

    private SourceFiles() {
    }

    /**
     * The article files under {@code roots}, each once, sorted by normalized absolute path.
     *
     * @throws InputException when a root does not exist or a directory cannot be walked
     */
    public static List<Path> collect(List<Path> roots) throws InputException {
        Set<Path> found = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new InputException(root, 0, "no such file or directory");
            }
            if (Files.isDirectory(root)) {
                walk(root, found);
            } else if (ArticleReader.isSupported(root)) {
                found.add(root.toAbsolutePath().normalize());
            }
        }
        return new ArrayList<>(found);
    }

    private static void walk(Path root, Set<Path> found) throws InputException {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            boolean skipped = !dir.equals(root)
                                    && (name.startsWith(".") || OUTPUT_FOLDERS.contains(name));
                            return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && ArticleReader.isSupported(file)) {
                                found.add(file.toAbsolutePath().normalize());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException || e instanceof NoSuchFileException) {
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new InputException(root, 0, "cannot list the directory: " + e.getMessage(), e);
        }
    }
}
