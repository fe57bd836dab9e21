package org.claimcheck.rules.config;

import java.util.List;

/**
 * A fact family declared in a rules file: numbers counting any of {@code nouns} in an event of any of
 * {@code events} state the same kind of fact and are compared.
 *
 * @param id     a name for the family, used in messages
 * @param nouns  noun lemmas ("casualty", "victim")
 * @param events event words or classes ("kill", "die")
 */
public record ExtraFact(String id, List<String> nouns, List<String> events) {
    public ExtraFact {
        nouns = List.copyOf(nouns);
        events = List.copyOf(events);
    }
}
