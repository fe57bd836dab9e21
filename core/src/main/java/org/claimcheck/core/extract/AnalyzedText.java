package org.claimcheck.core.extract;

import java.util.List;

import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.Span;
import org.claimcheck.core.source.Document;
import org.claimcheck.core.text.Sentence;

/**
 * A document split into sentences: what every {@link ClaimFinder} reads.
 *
 * @param document  the document
 * @param sentences its sentences, in order, in body coordinates
 */
public record AnalyzedText(Document document, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /**
     * The mention of the body range {@code [start, end)} inside {@code sentence}: exact file span and text, and the
     * sentence around it.
     */
    public Mention mention(Sentence sentence, int start, int end) {
        Span span = document.spanOfBody(start, end);
        Span sentenceSpan = document.spanOfBody(sentence.start(), sentence.end());
        return new Mention(document.info().id(), document.info().path(), span, document.fileText(span),
                sentence.text(), sentenceSpan);
    }
}
