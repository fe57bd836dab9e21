package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.core.model.DocumentInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataManifestTest {
    @TempDir
    Path dir;

    private static DocumentInfo info(String path, String title, LocalDate date, String outlet, String dateSource) {
        return new DocumentInfo("", path, null, title, date, outlet, dateSource);
    }

    private MetadataManifest manifest(String json) throws Exception {
        return MetadataManifest.read(Files.writeString(dir.resolve("metadata.json"), json));
    }

    @Test
    void fillsWhatTheFileDoesNotStateMatchingByFileName() throws Exception {
        MetadataManifest manifest = manifest("""
                {"a.txt": {"date": "2024-08-16", "outlet": "Wire", "title": "Headline"}}
                """);

        DocumentInfo filled = manifest.apply(info("corpus/seeds/a.txt", null, null, null, null));
        DocumentInfo kept = manifest.apply(info("a.txt", "Own title", LocalDate.of(2024, 1, 2), "Own outlet",
                "front-matter"));

        assertThat(filled).isEqualTo(info("corpus/seeds/a.txt", "Headline", LocalDate.of(2024, 8, 16), "Wire",
                "manifest"));
        assertThat(kept).isEqualTo(info("a.txt", "Own title", LocalDate.of(2024, 1, 2), "Own outlet",
                "front-matter"));
    }

    @Test
    void replacesADateReadFromTheText() throws Exception {
        MetadataManifest manifest = manifest("{\"a.txt\": {\"date\": \"2021-12-17\"}}");

        DocumentInfo info = manifest.apply(info("a.txt", null, LocalDate.of(2023, 9, 29), null, "text"));

        assertThat(info.date()).isEqualTo(LocalDate.of(2021, 12, 17));
        assertThat(info.dateSource()).isEqualTo("manifest");
    }

    @Test
    void theLongestMatchingRelativePathWinsAndOthersDoNotMatch() throws Exception {
        MetadataManifest manifest = manifest("""
                {
                  "a.txt": {"outlet": "By name"},
                  "seeds/a.txt": {"outlet": "By path"},
                  "other/b.txt": {"outlet": "Elsewhere"}
                }
                """);

        assertThat(manifest.apply(info("corpus\\seeds\\a.txt", null, null, null, null)).outlet())
                .isEqualTo("By path");
        assertThat(manifest.apply(info("corpus/a.txt", null, null, null, null)).outlet()).isEqualTo("By name");
        assertThat(manifest.apply(info("corpus/b.txt", null, null, null, null)).outlet()).isNull();
        assertThat(manifest.apply(info("xa.txt", null, null, null, null)).outlet()).isNull();
    }

    @Test
    void malformedJsonNamesFileAndLine() throws Exception {
        assertThatThrownBy(() -> manifest("{\n  \"a.txt\": {\"date\": \"2024-08-16\"},\n  \"b.txt\" {}\n}"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.file().getFileName().toString()).isEqualTo("metadata.json");
                    assertThat(e.getMessage()).startsWith("invalid JSON in the metadata manifest");
                });
    }

    @Test
    void aBadDateNamesFileLineAndKey() throws Exception {
        assertThatThrownBy(() -> manifest("{\n  \"a.txt\": {\n    \"date\": \"16/08/2024\"\n  }\n}"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe()).endsWith(
                        "metadata.json:3: the date of 'a.txt' is not a date: '16/08/2024'; write it as YYYY-MM-DD"));
    }

    @Test
    void anEntryMustBeAnObject() throws Exception {
        assertThatThrownBy(() -> manifest("{\"a.txt\": \"2024-08-16\"}"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("the entry for 'a.txt' must be an object with date, outlet and title"));
    }

    @Test
    void theEmptyManifestChangesNothing() {
        DocumentInfo info = info("a.txt", null, null, null, null);

        assertThat(MetadataManifest.empty().apply(info)).isSameAs(info);
    }

    @Test
    void readsTheSeedManifest() throws Exception {
        MetadataManifest manifest = MetadataManifest.read(SharedFolder.resolve("corpus/seeds/metadata.json"));

        DocumentInfo info = manifest.apply(info("seeds/003_afeeb19594feef16.txt", null, null, null, null));

        assertThat(info).isEqualTo(info("seeds/003_afeeb19594feef16.txt", null, LocalDate.of(2024, 9, 19),
                "unknown", "manifest"));
    }
}
