package org.claimcheck.core.source;

import java.nio.file.Path;

/**
 * An input that cannot be read as an article, with the file, the line where one applies (0 when none), and what
 * to do about it.
 */
public final class InputException extends Exception {
    private final Path file;
    private final int line;

    public InputException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public InputException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** {@code path:line: message}, the form editors and CI logs link. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
