package org.claimcheck.core.source;

/** Turns the decoded text of one file of a given format into documents. Implementations are stateless. */
interface ArticleFormat {

    /**
     * Reads the documents of {@code source}.
     *
     * @throws InputException when the file as a whole cannot be read
     */
    ReadResult read(SourceText source) throws InputException;
}
