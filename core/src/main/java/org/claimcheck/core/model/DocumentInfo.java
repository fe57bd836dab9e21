package org.claimcheck.core.model;

import java.time.LocalDate;

/**
 * What is known about one article: its id in the run, the file it came from, and its metadata.
 *
 * @param id          run-local id such as {@code d3}
 * @param path        the file as given on the command line (for JSON Lines, the file holding the article)
 * @param recordId    the record's own id inside a JSON Lines file, otherwise {@code null}
 * @param title       title, or {@code null} when unknown
 * @param date        publication date, or {@code null} when unknown
 * @param outlet      publishing outlet, or {@code null} when unknown
 * @param dateSource  where the date came from: {@code front-matter}, {@code manifest}, {@code record}, {@code text}
 *                    or {@code null}
 */
public record DocumentInfo(String id, String path, String recordId, String title, LocalDate date, String outlet,
                           String dateSource) {

    /** A copy with another run-local id. */
    public DocumentInfo withId(String newId) {
        return new DocumentInfo(newId, path, recordId, title, date, outlet, dateSource);
    }
}
