package org.claimcheck.core.extract.attribution;

import java.util.List;

/**
 * One quotation of a document: the words between an opening and a closing double quotation mark, possibly carried
 * over several paragraphs (each continued paragraph reopens the quotation with a new mark).
 *
 * @param segments the quoted body ranges, one per paragraph, in order; each holds {start, end} inner offsets
 *                 (the marks themselves excluded)
 * @param closed   whether the last segment ends at a closing mark (rather than at the paragraph end)
 */
record Quotation(List<int[]> segments, boolean closed) {
    Quotation {
        segments = List.copyOf(segments);
    }

    /** Body offset of the opening mark. */
    int openMark() {
        return segments.get(0)[0] - 1;
    }

    /** Body offset of the closing mark, or of the paragraph end when unclosed. */
    int closeMark() {
        return segments.get(segments.size() - 1)[1];
    }

    /** Whether the body offset lies inside the quotation, marks included. */
    boolean covers(int offset) {
        for (int[] segment : segments) {
            if (offset >= segment[0] - 1 && offset <= segment[1]) {
                return true;
            }
        }
        return false;
    }
}
