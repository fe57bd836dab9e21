package org.claimcheck.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlocksTest {
    private static final int[] NO_PLACE = {};

    /** Candidate pairs as "first-second", in the order they were given. */
    private static List<String> pairs(List<String> keys, List<int[]> places, int window) {
        List<String> found = new ArrayList<>();
        Blocks.pairs(keys, k -> k, places::get, window, (a, b) -> found.add(a + "-" + b));
        return found;
    }

    @Test
    void pairsEachItemWithTheNextItemsOfItsBlockOnly() {
        List<String> keys = List.of("a", "b", "a", "a", "b");
        List<int[]> places = List.of(NO_PLACE, NO_PLACE, NO_PLACE, NO_PLACE, NO_PLACE);

        assertThat(pairs(keys, places, 1)).containsExactly("0-2", "2-3", "1-4");
    }

    @Test
    void itemsWithoutAKeyAreNeverPaired() {
        List<String> keys = new ArrayList<>(List.of("a", "a"));
        keys.add(1, null);
        List<int[]> places = List.of(new int[] {1}, new int[] {1}, new int[] {1});

        assertThat(pairs(keys, places, 5)).containsExactly("0-2");
    }

    @Test
    void itemsNamingOnePlaceMeetBeyondTheWindowOfTheirBlockOnce() {
        List<String> keys = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        keys.add("a");
        places.add(new int[] {3, 7});
        for (int i = 0; i < 100; i++) {
            keys.add("a");
            places.add(new int[] {i % 2 == 0 ? 1 : 2});
        }
        keys.add("a");
        places.add(new int[] {3, 7, 9});
        keys.add("b");
        places.add(new int[] {3});

        List<String> found = pairs(keys, places, 4);

        assertThat(found).contains("0-1", "0-4", "0-101").doesNotContain("0-5", "0-102", "101-102");
        assertThat(found).filteredOn(p -> p.equals("0-101")).hasSize(1);
        assertThat(new HashSet<>(found)).hasSameSizeAs(found);
        Set<String> samePlaceFarApart = new HashSet<>(found);
        assertThat(samePlaceFarApart).contains("1-9", "2-10").doesNotContain("1-11", "1-10");
    }
}
