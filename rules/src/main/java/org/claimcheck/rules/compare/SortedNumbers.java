package org.claimcheck.rules.compare;

/** Sets of dictionary numbers kept as arrays in ascending order, without repeats. */
final class SortedNumbers {
    private SortedNumbers() {
    }

    /** The smallest number in both {@code a} and {@code b}, or -1 when they share none. */
    static int firstShared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }
}
