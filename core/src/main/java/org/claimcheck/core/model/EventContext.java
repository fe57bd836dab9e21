package org.claimcheck.core.model;

import java.util.List;

/**
 * What a claim is about, as far as the sentence tells: the raw material for deciding whether two claims state the
 * same fact.
 *
 * @param predicate  the event's verb or noun, lemmatized and normalized ({@code kill}, {@code injure},
 *                   {@code take}, {@code spend}), or {@code null}
 * @param entities   names of places, people, groups and organisations in the sentence, as written, without the speaker
 *                   an attribution closing the sentence names (the source of its words, not their subject)
 * @param places     the most specific places the sentence locates its event in ("Kursk" for "in Russia's Kursk
 *                   region"), as written
 * @param keywords   other content words of the sentence, lower-case lemmas, in order
 * @param time       for a quantity, the date of its event when the sentence states it (ISO 8601, as precise as
 *                   stated), or {@code null}; always {@code null} for a date, whose value is its time
 */
public record EventContext(String predicate, List<String> entities, List<String> places, List<String> keywords,
                           String time) {
    public EventContext {
        predicate = Interned.of(predicate);
        entities = Interned.all(entities);
        places = Interned.all(places);
        keywords = Interned.all(keywords);
        time = Interned.of(time);
    }

    /** A context with nothing known. */
    public static EventContext empty() {
        return new EventContext(null, List.of(), List.of(), List.of(), null);
    }
}
