package org.claimcheck.core.source;

import java.io.IOException;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as an HTML page: read, or refused with the file and a line in it.
 * Seeds in {@code src/test/resources}: {@code HtmlFormatFuzzTestInputs/readsAnyHtmlFile}.
 */
class HtmlFormatFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest
    void readsAnyHtmlFile(byte[] bytes) throws IOException {
        ReadContract.readChecked(dir.resolve("article.html"), bytes);
    }
}
