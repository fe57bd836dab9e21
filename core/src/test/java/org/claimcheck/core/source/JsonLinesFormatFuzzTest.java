package org.claimcheck.core.source;

import java.io.IOException;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as a JSON Lines export: read, or refused with the file and a line in it.
 * Seeds in {@code src/test/resources}: {@code JsonLinesFormatFuzzTestInputs/readsAnyJsonLinesFile}.
 */
class JsonLinesFormatFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest
    void readsAnyJsonLinesFile(byte[] bytes) throws IOException {
        ReadContract.readChecked(dir.resolve("article.jsonl"), bytes);
    }
}
