package dev.tally.core.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * Positions of estimates put in order by keys that are small numbers ({@link Codes}): a stable
 * counting sort per key, the least significant first, O(n) per key; ties on every key keep the
 * positions' order, or are settled by id.
 */
final class Orders {

    private Orders() {
    }

    /**
     * The positions sorted by the keys, the most significant first; equal keys keep the given order.
     *
     * @param positions  the positions, in the order ties keep
     * @param keys  per key, its number at each position
     * @param sizes  per key, how many numbers it has
     */
    static int[] sort(int[] positions, int[][] keys, int[] sizes) {
        int[] order = positions;
        for (int k = keys.length - 1; k >= 0; k--) {
            order = sortBy(order, keys[k], sizes[k]);
        }
        return order;
    }

    private static int[] sortBy(int[] positions, int[] key, int size) {
        int[] starts = new int[size + 1];
        for (int p : positions) {
            starts[key[p] + 1]++;
        }
        for (int k = 0; k < size; k++) {
            starts[k + 1] += starts[k];
        }
        int[] sorted = new int[positions.length];
        for (int p : positions) {
            sorted[starts[key[p]]++] = p;
        }
        return sorted;
    }

    /**
     * The values rearranged: the {@code k}-th is {@code values[order[k]]}.
     *
     * @param order  the positions of {@code values}, in their new order
     * @param values  the values, by position
     */
    static int[] apply(int[] order, int[] values) {
        int[] rearranged = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            rearranged[k] = values[order[k]];
        }
        return rearranged;
    }

    /** The values rearranged, as {@link #apply(int[], int[])}. */
    static long[] apply(int[] order, long[] values) {
        long[] rearranged = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            rearranged[k] = values[order[k]];
        }
        return rearranged;
    }

    /** The values rearranged, as {@link #apply(int[], int[])}. */
    static byte[] apply(int[] order, byte[] values) {
        byte[] rearranged = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            rearranged[k] = values[order[k]];
        }
        return rearranged;
    }

    /** The values rearranged, as {@link #apply(int[], int[])}. */
    static boolean[] apply(int[] order, boolean[] values) {
        boolean[] rearranged = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            rearranged[k] = values[order[k]];
        }
        return rearranged;
    }

    /** Sorts each run of positions equal on every key by the estimates' ids. */
    static int[] thenById(int[] order, int[][] keys, IntFunction<String> id) {
        int from = 0;
        while (from < order.length) {
            int to = runEnd(order, from, keys);
            if (to - from > 1) {
                int start = from;
                Integer[] run = new Integer[to - from];
                Arrays.setAll(run, k -> order[start + k]);
                Arrays.sort(run, Comparator.comparing(id::apply));
                for (int k = 0; k < run.length; k++) {
                    order[from + k] = run[k];
                }
            }
            from = to;
        }
        return order;
    }

    /** The end of the run that begins at {@code from}: the first index whose position differs on a key. */
    static int runEnd(int[] order, int from, int[]... keys) {
        int first = order[from];
        int to = from + 1;
        while (to < order.length && equalOn(keys, first, order[to])) {
            to++;
        }
        return to;
    }

    private static boolean equalOn(int[][] keys, int a, int b) {
        for (int[] key : keys) {
            if (key[a] != key[b]) {
                return false;
            }
        }
        return true;
    }
}
