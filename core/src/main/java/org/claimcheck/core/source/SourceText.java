package org.claimcheck.core.source;

import java.nio.file.Path;

/**
 * A decoded source file on its way to becoming documents.
 *
 * @param file        the file on disk
 * @param displayPath the path shown in reports
 * @param text        the file's decoded text (without a byte order mark)
 * @param lines       line index of {@code text}
 */
record SourceText(Path file, String displayPath, String text, LineIndex lines) {

    static SourceText of(Path file, String displayPath, String text) {
        return new SourceText(file, displayPath, text, LineIndex.of(text));
    }

    /** A problem located at the line holding file offset {@code offset}. */
    InputException problemAt(int offset, String message) {
        return new InputException(file, lines.line(offset), message);
    }
}
