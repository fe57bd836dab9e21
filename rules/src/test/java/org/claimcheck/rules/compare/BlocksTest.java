package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlocksTest {
    private static final int[] NO_NAME = {};

    /** Candidate pairs as "first-second", in the order they were given. */
    private static List<String> pairs(List<String> keys, List<int[]> names, int window) {
        List<String> found = new ArrayList<>();
        Blocks.pairs(keys, k -> k, names::get, window, (a, b) -> found.add(a + "-" + b));
        return found;
    }

    @Test
    void pairsEachItemWithTheNextItemsOfItsBlockOnly() {
        List<String> keys = List.of("a", "b", "a", "a", "b");
        List<int[]> names = List.of(NO_NAME, NO_NAME, NO_NAME, NO_NAME, NO_NAME);

        assertThat(pairs(keys, names, 1)).containsExactly("0-2", "2-3", "1-4");
    }

    @Test
    void itemsWithoutAKeyAreNeverPaired() {
        List<String> keys = new ArrayList<>(List.of("a", "a"));
        keys.add(1, null);
        List<int[]> names = List.of(new int[] {1}, new int[] {1}, new int[] {1});

        assertThat(pairs(keys, names, 5)).containsExactly("0-2");
    }

    @Test
    void itemsSharingANameMeetBeyondTheWindowOfTheirBlockOnce() {
        List<String> keys = new ArrayList<>();
        List<int[]> names = new ArrayList<>();
        keys.add("a");
        names.add(new int[] {3, 7});
        for (int i = 0; i < 100; i++) {
            keys.add("a");
            names.add(new int[] {i % 2 == 0 ? 1 : 2});
        }
        keys.add("a");
        names.add(new int[] {3, 7, 9});
        keys.add("b");
        names.add(new int[] {3});

        List<String> found = pairs(keys, names, 4);

        assertThat(found).contains("0-1", "0-4", "0-101").doesNotContain("0-5", "0-102", "101-102");
        assertThat(found).filteredOn(p -> p.equals("0-101")).hasSize(1);
        assertThat(new HashSet<>(found)).hasSameSizeAs(found);
        Set<String> sameNameFarApart = new HashSet<>(found);
        assertThat(sameNameFarApart).contains("1-9", "2-10").doesNotContain("1-11", "1-10");
    }
}
