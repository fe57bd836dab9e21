package org.claimcheck.core.text;

/**
 * One sentence of a document's clean body text.
 *
 * @param start offset of the first character in the body text
 * @param end   offset just past the last character in the body text
 * @param text  the sentence text, equal to {@code body.substring(start, end)}
 */
public record Sentence(int start, int end, String text) {
}
