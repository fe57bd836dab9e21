package org.claimcheck.rules.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimcheck.core.extract.StandardExtractor;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.source.ArticleReader;
import org.claimcheck.core.source.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCacheTest {
    @TempDir
    Path dir;

    private Document read(String text) throws Exception {
        Path file = dir.resolve("flood.md");
        Files.writeString(file, text);
        Document document = new ArticleReader().read(file, "flood.md").documents().get(0);
        return document.withInfo(document.info().withId("d7"));
    }

    private static final String ARTICLE = "---\ndate: 2026-03-14\n---\n\nNearly 120 square kilometres of farmland "
            + "flooded on March 12, and 14 people were injured, \"This is the worst in decades,\" Alys Pennard said.\n";

    @Test
    void returnsExactlyTheClaimsStoredUnderTheDocumentsNewId() throws Exception {
        Document document = read(ARTICLE);
        List<Claim> claims = StandardExtractor.create().extract(document);
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));

        cache.store(document, claims);
        Document again = document.withInfo(document.info().withId("d7"));

        assertThat(claims).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cache.find(again)).contains(claims);
    }

    @Test
    void aChangedArticleOrPublicationDateIsAMiss() throws Exception {
        Document document = read(ARTICLE);
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));
        cache.store(document, StandardExtractor.create().extract(document));

        Document edited = read(ARTICLE.replace("14 people", "41 people"));
        Document redated = read(ARTICLE.replace("2026-03-14", "2026-04-14"));

        assertThat(cache.find(edited)).isEmpty();
        assertThat(cache.find(redated)).isEmpty();
    }

    @Test
    void aDamagedEntryIsAMissNotAFailure() throws Exception {
        Document document = read(ARTICLE);
        ClaimCache cache = new ClaimCache(dir.resolve("cache"));
        cache.store(document, StandardExtractor.create().extract(document));
        try (var entries = Files.list(dir.resolve("cache"))) {
            for (Path entry : entries.toList()) {
                Files.writeString(entry, "{\"claims\": [{\"kind\": \"quantity\", \"claim\": 7}]");
            }
        }

        assertThat(cache.find(document)).isEmpty();
    }
}
