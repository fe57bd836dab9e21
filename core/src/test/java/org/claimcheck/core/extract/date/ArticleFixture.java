package org.claimcheck.core.extract.date;

import java.time.LocalDate;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.core.source.TextMap;
import org.claimcheck.core.text.SentenceSplitter;

/** Builds analysed documents for finder tests: a file text whose body starts at a given offset. */
final class ArticleFixture {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private ArticleFixture() {
    }

    /** The analysed article {@code fileText}, body from {@code bodyStart} to the end, published on {@code date}. */
    static AnalyzedText article(String fileText, int bodyStart, LocalDate date) {
        DocumentInfo info = new DocumentInfo("d1", "article.md", null, null, date, null, null);
        TextMap body = TextMap.slice(fileText, bodyStart, fileText.length());
        Document document = new Document(info, fileText, LineIndex.of(fileText), body);
        return new AnalyzedText(document, SPLITTER.split(body.text()));
    }

    /** A plain-text article that is all body. */
    static AnalyzedText article(String text, LocalDate date) {
        return article(text, 0, date);
    }
}
