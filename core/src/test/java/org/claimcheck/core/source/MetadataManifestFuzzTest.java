package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimcheck.core.model.DocumentInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as a metadata manifest: read, or refused with the file and a line in it; a manifest read applies to
 * any document without failing and never changes its path or id.
 * Seeds in {@code src/test/resources}: {@code MetadataManifestFuzzTestInputs/readsAnyManifest}.
 */
class MetadataManifestFuzzTest {
    private static final List<DocumentInfo> DOCUMENTS = List.of(
            new DocumentInfo("d1", "a.txt", null, null, null, null, null),
            new DocumentInfo("d2", "corpus\\a.txt", null, "Title", null, "Outlet", "text"),
            new DocumentInfo("d3", "./corpus/b.md", null, null, LocalDate.of(2024, 2, 29), null,
                    "front-matter"),
            new DocumentInfo("d4", "", null, null, null, null, null));

    @TempDir
    static Path dir;

    @FuzzTest
    void readsAnyManifest(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("metadata.json"), bytes);
        MetadataManifest manifest;
        try {
            manifest = MetadataManifest.read(file);
        } catch (InputException refused) {
            ReadContract.assertProblem(refused, file, ReadContract.lineBound(bytes));
            return;
        }
        for (DocumentInfo info : DOCUMENTS) {
            DocumentInfo applied = manifest.apply(info);
            assertThat(applied.id()).isEqualTo(info.id());
            assertThat(applied.path()).isEqualTo(info.path());
        }
    }
}
