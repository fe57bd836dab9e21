package org.claimcheck.core.source;

import org.jsoup.parser.Parser;

/**
 * Ties each character of decoded text to the file text it was decoded from, when a parser gives the decoded text
 * of a node and the raw file range it came from but not the correspondence between the two. Characters equal to
 * the raw ones map one to one; what a character entity ({@code &amp;}, {@code &#8217;}) decodes to maps to the
 * whole entity; a backslash escape maps to the backslash and the escaped character; raw characters that decode to
 * nothing (markup) are skipped. One pass over both texts.
 */
final class SourceAligner {
    /** Longest character entity looked for, {@code &} and {@code ;} included. */
    private static final int MAX_ENTITY = 40;

    private SourceAligner() {
    }

    /**
     * Appends {@code decoded} to {@code body}, each character at the file offset of the raw character it comes
     * from; {@code raw} lists, in order, the file offsets of the raw characters of {@code fileText}.
     */
    static void align(String decoded, String fileText, int[] raw, BodyBuilder body) {
        int r = 0;
        int d = 0;
        int last = raw.length == 0 ? 0 : raw[0];
        while (d < decoded.length()) {
            char c = decoded.charAt(d);
            if (r >= raw.length) {
                body.character(c, last);
                d++;
                continue;
            }
            char rc = fileText.charAt(raw[r]);
            last = raw[r];
            int entity = rc == '&' ? entity(decoded, d, fileText, raw, r, body) : 0;
            if (entity > 0) {
                d += entity;
                r += entityLength(fileText, raw, r);
            } else if (rc == c || Character.isWhitespace(rc) && Character.isWhitespace(c)) {
                body.character(c, raw[r]);
                r++;
                d++;
            } else if (rc == '\\' && r + 1 < raw.length && fileText.charAt(raw[r + 1]) == c) {
                body.character(c, raw[r], raw[r + 1] + 1);
                r += 2;
                d++;
            } else {
                r++;
            }
        }
    }

    /** Appends the decoding of the entity at raw index {@code r} when {@code decoded} continues with it. */
    private static int entity(String decoded, int d, String fileText, int[] raw, int r, BodyBuilder body) {
        int length = entityLength(fileText, raw, r);
        if (length == 0) {
            return 0;
        }
        StringBuilder entity = new StringBuilder(length);
        for (int i = r; i < r + length; i++) {
            entity.append(fileText.charAt(raw[i]));
        }
        String value = Parser.unescapeEntities(entity.toString(), false);
        boolean keptLiterally = decoded.startsWith(entity.toString(), d);
        if (keptLiterally || value.contentEquals(entity) || !decoded.startsWith(value, d)) {
            return 0;
        }
        for (int i = 0; i < value.length(); i++) {
            body.character(value.charAt(i), raw[r], raw[r + length - 1] + 1);
        }
        return value.length();
    }

    /** Length of {@code &name;} starting at raw index {@code r}, or 0. */
    private static int entityLength(String fileText, int[] raw, int r) {
        for (int i = r + 1; i < raw.length && i - r < MAX_ENTITY; i++) {
            char c = fileText.charAt(raw[i]);
            if (c == ';') {
                return i - r + 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return 0;
            }
        }
        return 0;
    }

    /** The offsets {@code from, from + 1, ..., to - 1}. */
    static int[] range(int from, int to) {
        int[] offsets = new int[Math.max(0, to - from)];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = from + i;
        }
        return offsets;
    }
}
