package org.claimcheck.core.model;

import java.time.LocalDate;

/**
 * A date stated in an article ("on August 6", "by January 20", "last week"), resolved to the calendar.
 *
 * @param id        run-local id
 * @param mention   where it stands
 * @param value     the date, as precise as stated
 * @param relation  the preposition tying the date to its event ({@code on}, {@code by}, {@code before},
 *                  {@code from}, {@code since}, {@code in}), or {@code null}
 * @param relative  whether the text was relative ("last week", "on Tuesday") and resolved against the reference
 * @param yearInferred whether the year was not stated and was taken from the reference date
 * @param reference the publication date used to resolve it, or {@code null}
 * @param context   the event, entities of the sentence
 */
public record DateClaim(String id, Mention mention, PartialDate value, String relation, boolean relative,
                        boolean yearInferred, LocalDate reference, EventContext context) implements Claim {
    public DateClaim {
        relation = Interned.of(relation);
    }

    @Override
    public String kind() {
        return "date";
    }

    @Override
    public DateClaim withId(String newId) {
        return new DateClaim(newId, mention, value, relation, relative, yearInferred, reference, context);
    }

    /** A copy with another context. */
    public DateClaim withContext(EventContext newContext) {
        return new DateClaim(id, mention, value, relation, relative, yearInferred, reference, newContext);
    }
}
