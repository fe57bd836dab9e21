package org.claimcheck.core.extract.attribution;

/** Normalizes quoted or reported words for comparison: straight quotes and apostrophes, single spaces, no edges. */
final class QuoteText {
    private QuoteText() {
    }

    /**
     * Curly marks straightened, runs of spaces made single, trailing {@code , ; :} cut: "It’s “fair,”" gives
     * {@code It's "fair"}.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(straight(c));
        }
        int end = out.length();
        while (end > 0 && ",;:".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end).trim();
    }

    private static char straight(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> '"';
            default -> c;
        };
    }
}
