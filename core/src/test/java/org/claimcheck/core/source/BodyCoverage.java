package org.claimcheck.core.source;

/** Which file offsets a document body draws characters from. */
final class BodyCoverage {
    private final boolean[] covered;

    BodyCoverage(Document document) {
        covered = new boolean[document.fileText().length() + 1];
        String body = document.body().text();
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                covered[document.body().toSource(i)] = true;
            }
        }
    }

    /** Whether some body character comes from a file offset in {@code [start, end)}. */
    boolean touches(int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** The file offsets in {@code [start, end)} of visible characters that no body character comes from. */
    String missing(String fileText, int start, int end) {
        StringBuilder missing = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (!covered[i] && !Character.isWhitespace(fileText.charAt(i))) {
                missing.append(fileText.charAt(i));
            }
        }
        return missing.toString();
    }
}
