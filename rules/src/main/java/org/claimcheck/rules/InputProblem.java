package org.claimcheck.rules;

/**
 * A file that could not be read, or was read only in part.
 *
 * @param path    the file
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do
 */
public record InputProblem(String path, int line, String message) {

    /** {@code path:line: message}. */
    public String describe() {
        return path + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
