package org.claimcheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.claimcheck.core.Version;
import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.extract.attribution.NameVariants;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.MetadataManifest;
import org.claimcheck.core.source.ReadResult;
import org.claimcheck.core.source.SourceFiles;
import org.claimcheck.rules.cache.ClaimCache;
import org.claimcheck.rules.check.RuleEngine;
import org.claimcheck.rules.check.Suppressions;

/**
 * The whole check in one call: read every article under the given paths, extract their claims, compare them, and
 * return everything found. Files are read and analysed in parallel; the result does not depend on the number of
 * threads. A file that cannot be read is reported as a problem and the others are still checked.
 */
public final class Claimcheck {
    private final CheckOptions options;
    private final FileReader reader;
    private final Function<Document, List<Claim>> extractor;
    private final ClaimCache cache;

    public Claimcheck(CheckOptions options) {
        this(options, new ArticleReader()::read, StandardExtractor.create()::extract);
    }

    /** A check that reads files and extracts claims with the given stages. */
    Claimcheck(CheckOptions options, FileReader reader, Function<Document, List<Claim>> extractor) {
        this.options = options;
        this.reader = reader;
        this.extractor = extractor;
        this.cache = options.cache() == null ? null : new ClaimCache(options.cache());
    }

    /** Reads one file into documents, as {@link ArticleReader#read} does. */
    @FunctionalInterface
    interface FileReader {
        ReadResult read(Path file, String displayPath) throws InputException;
    }

    /** Checks the articles under {@code paths} (files or folders) with default options. */
    public static CheckResult check(List<Path> paths) throws InputException {
        return new Claimcheck(CheckOptions.defaults()).run(paths);
    }

    /**
     * Runs the check.
     *
     * @throws InputException when a path does not exist or the metadata manifest cannot be read: nothing is
     *                        checked then
     */
    public CheckResult run(List<Path> paths) throws InputException {
        List<Path> files = SourceFiles.collect(paths);
        MetadataManifest manifest = options.metadata() == null ? MetadataManifest.empty()
                : MetadataManifest.read(options.metadata());
        Suppressions suppressions = new Suppressions();
        AtomicInteger done = new AtomicInteger();
        AtomicLong found = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        List<FileAnalysis> analysed;
        try {
            List<Integer> order = IntStream.range(0, files.size()).boxed().toList();
            analysed = inParallel(pool, order, index -> {
                FileAnalysis analysis = analyse(files.get(index), index + 1, manifest, suppressions);
                options.progress().filesDone(done.incrementAndGet(), files.size(),
                        found.addAndGet(analysis.claims().size()));
                return analysis;
            });
        } finally {
            pool.shutdownNow();
        }
        if (cache != null) {
            cache.keepOnlyUsed();
        }
        List<DocumentInfo> documents = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (FileAnalysis analysis : analysed) {
            documents.addAll(analysis.documents());
            problems.addAll(analysis.problems());
            for (Claim claim : analysis.claims()) {
                claims.add(claim.withId("c" + (claims.size() + 1)));
            }
        }
        claims = NameVariants.unify(claims);
        RuleEngine engine = new RuleEngine(options.config(), options.threads());
        List<Finding> findings = engine.check(documents, claims, suppressions, options.baseline());
        return new CheckResult(Version.current(), documents, claims, findings, engine.activeRules(), problems);
    }

    /**
     * Reads one file and extracts the claims of each of its documents, or takes what it contributed from the cache
     * when neither the file nor its metadata changed. Document ids follow the sorted file order ({@code d7} for the
     * seventh file, {@code d7.2} for the second record of a JSON Lines file), so they do not depend on how the
     * threads were scheduled.
     */
    private FileAnalysis analyse(Path file, int fileNumber, MetadataManifest manifest, Suppressions suppressions) {
        IntFunction<List<String>> ids = count -> IntStream.range(0, count)
                .mapToObj(i -> "d" + fileNumber + (count > 1 ? "." + (i + 1) : "")).toList();
        String key = cache == null ? null : cacheKey(file, manifest);
        FileAnalysis analysis = key == null ? null : cache.find(key, ids).orElse(null);
        if (analysis == null) {
            analysis = analyseAnew(file, ids, manifest);
            if (key != null) {
                cache.store(key, analysis);
            }
        }
        suppressions.add(displayPath(file), analysis.suppressions());
        return analysis;
    }

    /** The cache key of a file, or {@code null} when its bytes cannot be read (reading it reports why). */
    private static String cacheKey(Path file, MetadataManifest manifest) {
        String path = displayPath(file);
        try {
            String metadata = manifest.apply(new DocumentInfo(null, path, null, null, null, null, "text")).toString();
            return ClaimCache.key(path, metadata, Files.readAllBytes(file));
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
    }

    private FileAnalysis analyseAnew(Path file, IntFunction<List<String>> ids, MetadataManifest manifest) {
        List<DocumentInfo> documents = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ReadResult read = read(file);
        for (InputException problem : read.problems()) {
            problems.add(new InputProblem(displayPath(problem.file()), problem.line(), problem.getMessage()));
        }
        List<Document> found = read.documents();
        List<String> documentIds = ids.apply(found.size());
        for (int i = 0; i < found.size(); i++) {
            Document document = found.get(i).withInfo(manifest.apply(found.get(i).info()).withId(documentIds.get(i)));
            documents.add(document.info());
            Extraction extraction = extract(document);
            claims.addAll(extraction.claims());
            extraction.problem().ifPresent(problems::add);
        }
        List<Suppressions.Directive> directives = found.isEmpty() ? List.of()
                : Suppressions.directivesIn(found.get(0).fileText());
        return new FileAnalysis(documents, claims, problems, directives);
    }

    /** The claims of one document, or the reason there are none. */
    private record Extraction(List<Claim> claims, Optional<InputProblem> problem) {
    }

    /** Reads one file; a file that cannot be read at all, or whose reading fails, becomes a problem of the run. */
    private ReadResult read(Path file) {
        try {
            return reader.read(file, displayPath(file));
        } catch (InputException e) {
            return new ReadResult(List.of(), List.of(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult(List.of(), List.of(new InputException(file, 0, bugReport("read this file", e), e)));
        }
    }

    /** A file as reports show it: relative to the working directory when inside it, as linters do. */
    private static String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** Extracts one document's claims; an unexpected failure is reported for that document and loses no other. */
    private Extraction extract(Document document) {
        try {
            return new Extraction(extractor.apply(document), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new Extraction(List.of(), Optional.of(new InputProblem(document.info().path(), 0,
                    bugReport("analyse this article", e))));
        }
    }

    /** The message for an unexpected failure on one file: what failed, why, and what to do. */
    private static String bugReport(String what, Throwable failure) {
        return "could not " + what + " (" + failure + where(failure) + "); its claims are left out, please report "
                + "this as a claimcheck bug with the file attached";
    }

    /** Where in claimcheck's own code the failure arose (" at Class.method(File.java:line)"), or nothing. */
    private static String where(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("org.claimcheck.")) {
                return " at " + frame;
            }
        }
        return "";
    }

    private static <T, R> List<R> inParallel(ExecutorService pool, List<T> items, Function<T, R> task) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> task.apply(item)));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the check was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
        return results;
    }
}
