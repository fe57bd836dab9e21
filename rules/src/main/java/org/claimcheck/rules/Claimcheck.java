package org.claimcheck.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

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
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<ReadResult> read = inParallel(pool, files, this::read);
            List<Document> documents = new ArrayList<>();
            List<InputProblem> problems = new ArrayList<>();
            Suppressions suppressions = new Suppressions();
            for (ReadResult result : read) {
                for (InputException problem : result.problems()) {
                    problems.add(new InputProblem(displayPath(problem.file()), problem.line(), problem.getMessage()));
                }
                for (Document document : result.documents()) {
                    DocumentInfo info = manifest.apply(document.info()).withId("d" + (documents.size() + 1));
                    documents.add(document.withInfo(info));
                    suppressions.scan(info.path(), document.fileText());
                }
            }
            AtomicInteger done = new AtomicInteger();
            AtomicLong found = new AtomicLong();
            List<Extraction> extracted = inParallel(pool, documents, document -> {
                Extraction extraction = extract(document);
                options.progress().filesDone(done.incrementAndGet(), documents.size(),
                        found.addAndGet(extraction.claims().size()));
                return extraction;
            });
            List<Claim> claims = new ArrayList<>();
            for (Extraction extraction : extracted) {
                extraction.problem().ifPresent(problems::add);
                for (Claim claim : extraction.claims()) {
                    claims.add(claim.withId("c" + (claims.size() + 1)));
                }
            }
            claims = NameVariants.unify(claims);
            List<DocumentInfo> infos = documents.stream().map(Document::info).toList();
            RuleEngine engine = new RuleEngine(options.config());
            List<Finding> findings = engine.check(infos, claims, suppressions, options.baseline());
            return new CheckResult(Version.current(), infos, claims, findings, engine.activeRules(), problems);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The claims of one document, or the reason there are none. */
    private record Extraction(List<Claim> claims, java.util.Optional<InputProblem> problem) {
    }

    /**
     * Reads one file; a file that cannot be read at all, or whose reading fails unexpectedly, becomes a problem of
     * the run.
     */
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
            if (cache != null) {
                java.util.Optional<List<Claim>> cached = cache.find(document);
                if (cached.isPresent()) {
                    return new Extraction(cached.get(), java.util.Optional.empty());
                }
            }
            List<Claim> claims = extractor.apply(document);
            if (cache != null) {
                cache.store(document, claims);
            }
            return new Extraction(claims, java.util.Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new Extraction(List.of(), java.util.Optional.of(new InputProblem(document.info().path(), 0,
                    bugReport("analyse this article", e))));
        }
    }

    /** The message for an unexpected failure on one file: what failed, why, and what to do. */
    private static String bugReport(String what, Throwable failure) {
        return "could not " + what + " (" + failure + "); its claims are left out, please report this as a "
                + "claimcheck bug with the file attached";
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
