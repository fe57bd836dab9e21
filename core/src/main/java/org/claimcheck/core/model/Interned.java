package org.claimcheck.core.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one shared copy of the words claims repeat: lemmas, names, units, cues. An archive's million claims hold a
 * few tens of thousands of distinct such words, so the claims' fields keep a shared copy rather than one copy per
 * claim. The table is bounded: when it is full it starts afresh, which costs only some sharing.
 */
final class Interned {
    private static final int LIMIT = 100_000;
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private Interned() {
    }

    /** The shared copy of {@code text}, or {@code null}. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        String shared = SHARED.putIfAbsent(text, text);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() > LIMIT) {
            SHARED.clear();
        }
        return text;
    }

    /** An unmodifiable copy of {@code texts} holding their shared copies. */
    static List<String> all(List<String> texts) {
        String[] shared = new String[texts.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = of(texts.get(i));
        }
        return List.of(shared);
    }
}
