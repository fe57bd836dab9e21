package org.claimcheck.rules.compare;

import java.util.Arrays;

/** A growable list of ints, for indexes over claims without boxing. */
final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    int get(int index) {
        return items[index];
    }

    int size() {
        return size;
    }
}
