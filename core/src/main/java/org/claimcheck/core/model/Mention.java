package org.claimcheck.core.model;

/**
 * Where a claim stands: the document, the exact span and text in the source file, and the sentence around it.
 *
 * @param documentId   id of the document ({@link DocumentInfo#id()})
 * @param path         source file path
 * @param span         the claim's span in the source file
 * @param text         the source text of the span, exactly
 * @param sentence     the sentence holding the claim, as analysed (clean text)
 * @param sentenceSpan the sentence's span in the source file
 */
public record Mention(String documentId, String path, Span span, String text, String sentence, Span sentenceSpan) {
}
