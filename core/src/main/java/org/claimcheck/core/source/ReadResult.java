package org.claimcheck.core.source;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one file produced: the documents that could be read and the problems met on the way. A problem
 * here did not stop the rest of the file from being read (a bad JSON Lines record, undecodable bytes).
 *
 * @param documents the documents read, in file order
 * @param problems  recoverable problems, in file order
 */
public record ReadResult(List<Document> documents, List<InputException> problems) {

    public ReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** A result of one document and no problems. */
    static ReadResult of(Document document) {
        return new ReadResult(List.of(document), List.of());
    }

    /** A copy with {@code earlier} problems placed before this result's own. */
    ReadResult withProblemsBefore(List<InputException> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<InputException> all = new ArrayList<>(earlier);
        all.addAll(problems);
        return new ReadResult(documents, all);
    }
}
