/**
 * Date claims: {@link org.claimcheck.core.extract.date.DateParser} finds date expressions in a sentence,
 * {@link org.claimcheck.core.extract.date.DateResolver} places them on the calendar against the publication date,
 * and {@link org.claimcheck.core.extract.date.DateFinder} turns them into
 * {@link org.claimcheck.core.model.DateClaim}s.
 *
 * <p>Conventions. A claim's span covers the date words and, when present, the preposition that ties the date to
 * its event ("on August 6", "by January 20", "since last year"); the preposition is the claim's relation. Values
 * are never more precise than the text: "in March" is a month, "last week" is the month holding that whole week
 * or nothing, "this year" is a year. Bare years ("in 2022") are not claims. A date without a year, and any relative
 * date, needs the publication date; without one it is dropped rather than guessed.
 */
package org.claimcheck.core.extract.date;
