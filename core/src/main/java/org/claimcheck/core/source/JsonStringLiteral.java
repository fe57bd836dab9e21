package org.claimcheck.core.source;

import java.util.Arrays;

/**
 * Decodes a JSON string literal found in file text, keeping for every decoded character the file range it is
 * written as: a plain character its own offset, an escape sequence (such as {@code \n}, {@code \"} or a Unicode
 * escape) the whole sequence.
 *
 * @param text   the decoded string
 * @param starts file offset where each character of {@code text} is written, plus one entry for the closing quote
 * @param ends   file offset just past where each character of {@code text} is written
 */
record JsonStringLiteral(String text, int[] starts, int[] ends) {

    /**
     * Decodes the literal whose opening quote is at {@code quote} in {@code fileText}. The literal has already been
     * validated by a JSON parser.
     */
    static JsonStringLiteral decode(String fileText, int quote) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int i = quote + 1;
        while (fileText.charAt(i) != '"') {
            if (starts.length < text.length() + 2) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, starts.length);
            }
            starts[text.length()] = i;
            char c = fileText.charAt(i);
            if (c != '\\') {
                text.append(c);
                i++;
            } else if (fileText.charAt(i + 1) == 'u') {
                text.append((char) Integer.parseInt(fileText.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                text.append(unescape(fileText.charAt(i + 1)));
                i += 2;
            }
            ends[text.length() - 1] = i;
        }
        starts[text.length()] = i;
        return new JsonStringLiteral(text.toString(), Arrays.copyOf(starts, text.length() + 1),
                Arrays.copyOf(ends, text.length()));
    }

    private static char unescape(char escape) {
        return switch (escape) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> escape;
        };
    }
}
