package org.claimcheck.core.extract.quantity;

import java.util.List;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.core.source.TextMap;
import org.claimcheck.core.text.Sentence;
import org.claimcheck.core.text.SentenceSplitter;

/** Builds analysed documents for tests: the whole file text is the body. */
final class Texts {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Texts() {
    }

    /** {@code text} as one document whose body is all of it, split into sentences. */
    static AnalyzedText analyzed(String path, String text) {
        TextMap body = TextMap.slice(text, 0, text.length());
        Document document = new Document(new DocumentInfo("d1", path, null, null, null, null, null), text,
                LineIndex.of(text), body);
        List<Sentence> sentences = SPLITTER.split(body.text());
        return new AnalyzedText(document, sentences);
    }
}
