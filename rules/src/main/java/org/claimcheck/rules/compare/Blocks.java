package org.claimcheck.rules.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Blocking with a sorted neighbourhood: items, given in comparison order (publication), are grouped by a fact key, and
 * each item is paired only with the next {@code window} items of its block. Cost grows with {@code items x window},
 * never with the square of the corpus.
 */
public final class Blocks {
    /** How many following items of its block each item is compared with. */
    public static final int DEFAULT_WINDOW = 64;

    private Blocks() {
    }

    /** Receives a candidate pair as positions in the list of items, the earlier first. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int first, int second);
    }

    /**
     * Calls {@code pair} for every candidate pair, block by block in key order. Items whose key is {@code null} are
     * not compared with anything.
     */
    public static <T> void pairs(List<T> items, Function<T, String> key, int window, PairConsumer pair) {
        Map<String, IntList> blocks = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (k != null) {
                blocks.computeIfAbsent(k, x -> new IntList()).add(i);
            }
        }
        for (IntList block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size() && j <= i + window; j++) {
                    pair.accept(block.get(i), block.get(j));
                }
            }
        }
    }
}
