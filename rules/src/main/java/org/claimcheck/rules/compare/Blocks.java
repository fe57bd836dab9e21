package org.claimcheck.rules.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Blocking with sorted neighbourhoods: items, given in comparison order (publication), are grouped by a fact key, and
 * each item is paired with the next {@code window} items of its block. In a large archive a block holds the figures
 * of many events published the same days, so each item is also paired with the next {@code window} items of its
 * block that share one of its names (for claims, the places or other names that tie them to their event): one
 * event's claims meet however many other events' claims were published between them. Cost grows with
 * {@code items x window x (1 + names per item)}, never with the square of the corpus.
 */
public final class Blocks {
    /** How many following items of its block, and of each of its names, each item is compared with. */
    public static final int DEFAULT_WINDOW = 64;

    private Blocks() {
    }

    /** Receives a candidate pair as positions in the list of items, the earlier first. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int first, int second);
    }

    /**
     * Calls {@code pair} once for every candidate pair: first block by block in key order, then name by name the
     * pairs the blocks' windows did not reach. Items whose key is {@code null} are not compared with anything.
     *
     * @param names the names of the item at a position, as distinct numbers in ascending order
     */
    public static <T> void pairs(List<T> items, Function<T, String> key, IntFunction<int[]> names, int window,
                                 PairConsumer pair) {
        Map<String, IntList> blocks = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            String k = key.apply(items.get(i));
            if (k != null) {
                blocks.computeIfAbsent(k, x -> new IntList()).add(i);
            }
        }
        int[] blockOf = new int[items.size()];
        int[] rank = new int[items.size()];
        int blockNumber = 0;
        for (IntList block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                blockOf[block.get(i)] = blockNumber;
                rank[block.get(i)] = i;
            }
            inWindow(block, window, pair);
            blockNumber++;
        }
        Map<Long, IntList> byName = new TreeMap<>();
        for (IntList block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                int item = block.get(i);
                for (int name : names.apply(item)) {
                    byName.computeIfAbsent((long) blockOf[item] << 32 | name, x -> new IntList()).add(item);
                }
            }
        }
        for (Map.Entry<Long, IntList> entry : byName.entrySet()) {
            int name = (int) (long) entry.getKey();
            inWindow(entry.getValue(), window, (a, b) -> {
                if (rank[b] - rank[a] > window && SortedNumbers.firstShared(names.apply(a), names.apply(b)) == name) {
                    pair.accept(a, b);
                }
            });
        }
    }

    /** Each item of {@code list} with the next {@code window} items. */
    private static void inWindow(IntList list, int window, PairConsumer pair) {
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size() && j <= i + window; j++) {
                pair.accept(list.get(i), list.get(j));
            }
        }
    }
}
