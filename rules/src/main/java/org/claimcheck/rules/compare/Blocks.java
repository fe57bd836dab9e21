package org.claimcheck.rules.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Blocking with a sorted neighbourhood: items are grouped by a fact key, each block is sorted (by publication), and
 * each item is paired only with the next {@code window} items of its block. Cost grows with
 * {@code items x window}, never with the square of the corpus.
 */
public final class Blocks {
    /** How many following items of its block each item is compared with. */
    public static final int DEFAULT_WINDOW = 64;

    private Blocks() {
    }

    /**
     * Calls {@code pair} for every candidate pair, the earlier item first. Items whose key is {@code null} are not
     * compared with anything.
     */
    public static <T> void pairs(List<T> items, Function<T, String> key, Comparator<T> order, int window,
                                 BiConsumer<T, T> pair) {
        Map<String, List<T>> blocks = new TreeMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
            }
        }
        for (List<T> block : blocks.values()) {
            block.sort(order);
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size() && j <= i + window; j++) {
                    pair.accept(block.get(i), block.get(j));
                }
            }
        }
    }
}
