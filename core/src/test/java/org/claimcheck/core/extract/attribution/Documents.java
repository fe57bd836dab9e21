package org.claimcheck.core.extract.attribution;

import org.claimcheck.core.extract.AnalyzedText;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.source.LineIndex;
import org.claimcheck.core.source.TextMap;
import org.claimcheck.core.text.SentenceSplitter;

/** Test documents whose body is the whole file text. */
final class Documents {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Documents() {
    }

    static AnalyzedText analyzed(String path, String fileText) {
        Document document = new Document(new DocumentInfo("d1", path, null, null, null, null, null), fileText,
                LineIndex.of(fileText), TextMap.slice(fileText, 0, fileText.length()));
        return new AnalyzedText(document, SPLITTER.split(fileText));
    }
}
