package org.claimcheck.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.claimcheck.rules.FileAnalysis;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.check.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCacheTest {
    private static final String ARTICLE = "---\ndate: 2026-03-14\n---\n\nNearly 120 square kilometres of farmland "
            + "flooded on March 12, and 14 people were injured, \"This is the worst in decades,\" Alys Pennard said.\n";

    @TempDir
    Path dir;

    private FileAnalysis analyse(String text, String id) throws Exception {
        Path file = dir.resolve("flood.md");
        Files.writeString(file, text);
        Document document = new ArticleReader().read(file, "flood.md").documents().get(0);
        document = document.withInfo(document.info().withId(id));
        List<Claim> claims = StandardExtractor.create().extract(document);
        return new FileAnalysis(List.of(document.info()), claims, List.of(new InputProblem("flood.md", 3, "odd")),
                List.of(new Suppressions.Directive(5, Set.of("misquote"))));
    }

    private static String key(String text, String metadata) {
        return ClaimCache.key("flood.md", metadata, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void returnsWhatWasStoredRenumberedToTheFilesNewDocumentIds() throws Exception {
        FileAnalysis stored = analyse(ARTICLE, "d7");
        FileAnalysis expected = analyse(ARTICLE, "d3");
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));

        cache.store(key(ARTICLE, "none"), stored);

        assertThat(stored.claims()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(stored.claims()).allSatisfy(c -> assertThat(c.mention().documentId()).isEqualTo("d7"));
        assertThat(cache.find(key(ARTICLE, "none"), count -> List.of("d3"))).contains(expected);
    }

    @Test
    void aChangedFileOrManifestEntryOrPathHasAnotherKey() {
        String original = key(ARTICLE, "none");

        assertThat(key(ARTICLE.replace("14 people", "41 people"), "none")).isNotEqualTo(original);
        assertThat(key(ARTICLE, "date=2026-04-14")).isNotEqualTo(original);
        assertThat(ClaimCache.key("other/flood.md", "none", ARTICLE.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(original);
        assertThat(key(ARTICLE, "none")).isEqualTo(original);
    }

    @Test
    void aMissingEntryIsAMiss() {
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));

        assertThat(cache.find(key(ARTICLE, "none"), count -> List.of("d1"))).isEmpty();
    }

    @Test
    void aDamagedEntryIsAMissNotAFailure() throws Exception {
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));
        cache.store(key(ARTICLE, "none"), analyse(ARTICLE, "d1"));
        Path entry = onlyEntry();
        byte[] whole = Files.readAllBytes(entry);
        List<byte[]> damaged = List.of(
                Arrays.copyOf(whole, whole.length / 2),
                Arrays.copyOf(whole, whole.length + 1),
                "{\"documents\": []}".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                withIntAt(whole, 4, Integer.MAX_VALUE),
                withIntAt(whole, 8, -7));

        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            assertThat(cache.find(key(ARTICLE, "none"), count -> List.of("d1"))).isEmpty();
        }
        Files.write(entry, whole);
        assertThat(cache.find(key(ARTICLE, "none"), count -> List.of("d1"))).isPresent();
    }

    @Test
    void anEntryWithAnotherNumberOfDocumentsIsAMiss() throws Exception {
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));
        cache.store(key(ARTICLE, "none"), analyse(ARTICLE, "d1"));

        assertThat(cache.find(key(ARTICLE, "none"), count -> List.of("d1", "d2"))).isEmpty();
    }

    private Path onlyEntry() throws Exception {
        try (var entries = Files.list(dir.resolve("cache"))) {
            return entries.collect(Collectors.toList()).get(0);
        }
    }

    private static byte[] withIntAt(byte[] bytes, int offset, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).putInt(offset, value);
        return copy;
    }

    @Test
    void documentsKeepTheirMetadata() throws Exception {
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));
        cache.store(key(ARTICLE, "none"), analyse(ARTICLE, "d1"));

        DocumentInfo document = cache.find(key(ARTICLE, "none"), count -> List.of("d9")).orElseThrow()
                .documents().get(0);

        assertThat(document.id()).isEqualTo("d9");
        assertThat(document.path()).isEqualTo("flood.md");
        assertThat(document.date()).hasToString("2026-03-14");
    }

    @Test
    void afterARunOnlyTheEntriesItUsedAreKept() throws Exception {
        String other = ARTICLE.replace("14 people", "41 people");
        ClaimCache first = new ClaimCache(dir.resolve("cache"));
        first.store(key(ARTICLE, "none"), analyse(ARTICLE, "d1"));
        first.store(key(other, "none"), analyse(other, "d1"));
        Files.writeString(dir.resolve("cache").resolve("notes.txt"), "kept");

        ClaimCache second = new ClaimCache(dir.resolve("cache"));
        assertThat(second.find(key(ARTICLE, "none"), count -> List.of("d1"))).isPresent();
        second.keepOnlyUsed();

        try (var entries = Files.list(dir.resolve("cache"))) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(key(ARTICLE, "none") + ".entry", "notes.txt");
        }
        assertThat(new ClaimCache(dir.resolve("cache")).find(key(other, "none"), count -> List.of("d1"))).isEmpty();
    }
}
