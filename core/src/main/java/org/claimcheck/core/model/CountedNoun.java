package org.claimcheck.core.model;

import java.util.List;

/**
 * The noun phrase a number counts or measures: "18 Russian military personnel" counts {@code personnel} with the
 * modifiers {@code Russian} and {@code military}.
 *
 * @param phrase     the noun phrase as written ("Russian military personnel"), or {@code null}
 * @param head       the head noun's lemma, lower case ({@code personnel}, {@code soldier}), or {@code null}
 * @param modifiers  the modifiers as written, in order ("Russian", "military")
 */
public record CountedNoun(String phrase, String head, List<String> modifiers) {
    public CountedNoun {
        phrase = Interned.of(phrase);
        head = Interned.of(head);
        modifiers = Interned.all(modifiers);
    }

    /** No counted noun. */
    public static CountedNoun none() {
        return new CountedNoun(null, null, List.of());
    }
}
