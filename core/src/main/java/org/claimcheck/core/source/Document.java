package org.claimcheck.core.source;

import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.Span;

/**
 * One article ready for analysis: its metadata, the full text of the file it came from, and its clean body text
 * mapped back to that file. Page furniture, markup and front matter are not part of the body.
 */
public final class Document {
    private final DocumentInfo info;
    private final String fileText;
    private final LineIndex lines;
    private final TextMap body;

    /**
     * @param info     metadata
     * @param fileText the file's full text (for JSON Lines, the whole file)
     * @param lines    line index of {@code fileText}; shared by all documents of one file
     * @param body     the clean body, mapped to {@code fileText}
     */
    public Document(DocumentInfo info, String fileText, LineIndex lines, TextMap body) {
        this.info = info;
        this.fileText = fileText;
        this.lines = lines;
        this.body = body;
    }

    public DocumentInfo info() {
        return info;
    }

    /** The full text of the source file. */
    public String fileText() {
        return fileText;
    }

    /** The clean body text and its map to the file. */
    public TextMap body() {
        return body;
    }

    /** The file span of the body range {@code [start, end)}. */
    public Span spanOfBody(int start, int end) {
        int from = body.toSource(start);
        int to = Math.max(from, body.toSourceEnd(end));
        return spanOfFile(from, to);
    }

    /** The span of file offsets {@code [from, to)}, with line and column. */
    public Span spanOfFile(int from, int to) {
        return new Span(from, to, lines.line(from), lines.column(from));
    }

    /** The file text of a span, exactly. */
    public String fileText(Span span) {
        return fileText.substring(span.start(), span.end());
    }

    /** A copy with other metadata. */
    public Document withInfo(DocumentInfo newInfo) {
        return new Document(newInfo, fileText, lines, body);
    }
}
