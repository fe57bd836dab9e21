package org.claimcheck.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.ReadContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as an article, extracted whole: every claim's span, text, line, column and sentence lie inside the
 * file, claims come in text order, and nothing but an input problem stops the run. The format is chosen the way
 * the bytes begin ({@code <} HTML, <code>{</code> JSON Lines, {@code -} Markdown with front matter, otherwise plain text).
 * Seeds in {@code src/test/resources}: {@code StandardExtractorFuzzTestInputs/extractsAnyArticle}.
 */
class StandardExtractorFuzzTest {
    private static final ClaimExtractor EXTRACTOR = StandardExtractor.create();

    @TempDir
    static Path dir;

    @FuzzTest
    void extractsAnyArticle(byte[] bytes) throws IOException {
        for (Document document : ReadContract.readChecked(dir.resolve("article." + extension(bytes)), bytes)) {
            List<Claim> claims = EXTRACTOR.extract(document);

            ReadContract.assertClaimsInsideFile(document, claims);
            assertThat(claims).extracting(c -> c.mention().span().start()).isSorted();
        }
    }

    private static String extension(byte[] bytes) {
        if (bytes.length == 0) {
            return "txt";
        }
        return switch (bytes[0]) {
            case '<' -> "html";
            case '{' -> "jsonl";
            case '-' -> "md";
            default -> "txt";
        };
    }
}
