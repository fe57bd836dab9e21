package org.claimcheck.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.claimcheck.core.extract.ClaimExtractor;
import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.ReadResult;

/**
 * Any bytes, read as a plain text, Markdown, HTML or JSON Lines article (the first byte picks the format), are either
 * read or refused with an {@link InputException} naming the file and a line; everything read yields claims whose
 * spans lie inside the file's text.
 */
public class ArticleReadingFuzzTest {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html", ".jsonl");
    private static final ArticleReader READER = new ArticleReader();
    private static final ClaimExtractor EXTRACTOR = StandardExtractor.create();

    /** The fuzz target, also run by {@code fuzz/run} outside JUnit. */
    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String extension = EXTENSIONS.get(Math.floorMod(data[0], EXTENSIONS.size()));
        byte[] content = Arrays.copyOfRange(data, 1, data.length);
        Path file = null;
        try {
            file = Files.createTempFile("claimcheck-fuzz", extension);
            Files.write(file, content);
            check(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static void check(Path file) {
        ReadResult result;
        try {
            result = READER.read(file, file.getFileName().toString());
        } catch (InputException refused) {
            assertThat(refused.file()).isEqualTo(file);
            assertThat(refused.line()).isNotNegative();
            return;
        }
        for (InputException problem : result.problems()) {
            assertThat(problem.line()).isNotNegative();
        }
        for (Document document : result.documents()) {
            int length = document.fileText().length();
            for (Claim claim : EXTRACTOR.extract(document)) {
                assertThat(claim.mention().span().start()).isBetween(0, length);
                assertThat(claim.mention().span().end()).isBetween(claim.mention().span().start(), length);
                assertThat(claim.mention().span().line()).isPositive();
            }
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyFileIsReadOrRefused(byte[] data) {
        fuzzerTestOneInput(data);
    }
}
