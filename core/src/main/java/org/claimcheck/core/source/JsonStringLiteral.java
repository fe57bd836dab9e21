package org.claimcheck.core.source;

import java.util.Arrays;

/**
 * Decodes a JSON string literal found in file text, keeping for every decoded character the file offset where it
 * is written: a plain character at its own offset, an escape ({@code \n}, {@code \"}, {@code \u00e9}) at its
 * backslash.
 *
 * @param text    the decoded string
 * @param offsets file offset of each character of {@code text}, plus one entry just past the closing quote
 */
record JsonStringLiteral(String text, int[] offsets) {

    /**
     * Decodes the literal whose opening quote is at {@code quote} in {@code fileText}. The literal has already been
     * validated by a JSON parser.
     */
    static JsonStringLiteral decode(String fileText, int quote) {
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[16];
        int i = quote + 1;
        while (fileText.charAt(i) != '"') {
            if (offsets.length < text.length() + 2) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = i;
            char c = fileText.charAt(i);
            if (c != '\\') {
                text.append(c);
                i++;
                continue;
            }
            char escape = fileText.charAt(i + 1);
            if (escape == 'u') {
                text.append((char) Integer.parseInt(fileText.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                text.append(unescape(escape));
                i += 2;
            }
        }
        offsets[text.length()] = i + 1;
        return new JsonStringLiteral(text.toString(), Arrays.copyOf(offsets, text.length() + 1));
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
