package org.claimcheck.reports;

import org.claimcheck.core.model.Mention;

/**
 * Where a claim's text begins and ends in its file, as 1-based lines and columns; the end column is exclusive, as
 * SARIF counts it.
 */
record SourceRegion(int startLine, int startColumn, int endLine, int endColumn) {

    /** The region of a mention, the end found by walking the mention's text for line breaks. */
    static SourceRegion of(Mention mention) {
        String text = mention.text();
        int line = mention.span().line();
        int column = mention.span().column();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                line++;
                column = 1;
            } else if (!crlf) {
                column++;
            }
        }
        return new SourceRegion(mention.span().line(), mention.span().column(), line, column);
    }
}
