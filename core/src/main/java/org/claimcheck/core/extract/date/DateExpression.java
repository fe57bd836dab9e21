package org.claimcheck.core.extract.date;

/**
 * A date expression found in a sentence, not yet resolved against a publication date. Offsets are into the parsed
 * text; the range includes a leading preposition when it ties the date to its event ("by January 20").
 */
public sealed interface DateExpression permits StatedDate, WeekdayDate, RelativeDate {

    /** Offset of the first character. */
    int start();

    /** Offset after the last character. */
    int end();

    /** The preposition before the date, lower case ({@code on}, {@code by}, {@code until}), or {@code null}. */
    String relation();
}
