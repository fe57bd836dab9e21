package org.claimcheck.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimcheck.rules.CheckResult;

/**
 * Writes the chosen views of a check result: the file reports side by side, each into the output folder completely or
 * not at all (a temporary file in the same folder, then an atomic rename), then the console view to the given stream.
 */
public final class Reports {
    private static final int BUFFER = 1 << 16;

    private Reports() {
    }

    /**
     * Writes the file formats among {@code formats} into {@code outDir} (created if missing) and, when
     * {@link ReportFormat#CONSOLE} is among them, the console view to {@code console}.
     *
     * @return the files written, in format order
     * @throws IOException when a folder or file cannot be written; files already replaced stay complete
     */
    public static List<Path> write(CheckResult result, Path outDir, Set<ReportFormat> formats, ReportOptions options,
                                   Appendable console) throws IOException {
        List<ReportFormat> files = formats.stream().filter(ReportFormat::isFile).sorted().toList();
        if (!files.isEmpty()) {
            Files.createDirectories(outDir);
        }
        List<Path> written = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(files.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Path>> pending = new ArrayList<>();
            for (ReportFormat format : files) {
                pending.add(pool.submit(() -> {
                    Path target = outDir.resolve(format.fileName());
                    ReportRenderer renderer = renderer(format, outDir);
                    writeAtomically(target, out -> renderer.write(result, options, out));
                    return target;
                }));
            }
            for (Future<Path> file : pending) {
                written.add(finished(file));
            }
        } finally {
            pool.shutdownNow();
        }
        if (formats.contains(ReportFormat.CONSOLE)) {
            console.append(renderer(ReportFormat.CONSOLE, outDir).render(result, options));
        }
        return written;
    }

    /** The file a report was written to, once it is complete. */
    private static Path finished(Future<Path> file) throws IOException {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the reports");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** {@link #write(CheckResult, Path, Set, ReportOptions, Appendable)} with the console view on standard output. */
    public static List<Path> write(CheckResult result, Path outDir, Set<ReportFormat> formats, ReportOptions options)
            throws IOException {
        return write(result, outDir, formats, options, System.out);
    }

    /** The renderer of a format; file links in the HTML page are made relative to {@code outDir}. */
    public static ReportRenderer renderer(ReportFormat format, Path outDir) {
        return switch (format) {
            case JSON -> new JsonReport();
            case HTML -> new HtmlReport(outDir);
            case SARIF -> new SarifReport();
            case MARKDOWN -> new MarkdownReport();
            case CONSOLE -> new ConsoleReport();
        };
    }

    /** Writes a report's bytes to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code target} with the content so that readers see the old or the new file, never a part. */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
