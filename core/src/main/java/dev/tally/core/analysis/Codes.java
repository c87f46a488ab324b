package dev.tally.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Distinct values numbered from 0 in their sort order, so that comparing two numbers compares the
 * values: subjects, metrics and sources by their ids, periods in {@link dev.tally.core.model.Period}
 * order. One hash lookup per value, then a sort of the distinct values only.
 *
 * @param <T> the type of the values
 */
final class Codes<T> {

    private final List<T> values;
    private final int[] codes;

    private Codes(List<T> values, int[] codes) {
        this.values = values;
        this.codes = codes;
    }

    /** Numbers the values of positions 0 to count − 1 in the given order. */
    static <T> Codes<T> of(int count, IntFunction<T> valueAt, Comparator<? super T> order) {
        Map<T, Integer> seen = new HashMap<>();
        List<T> distinct = new ArrayList<>();
        int[] codes = new int[count];
        for (int i = 0; i < count; i++) {
            T value = valueAt.apply(i);
            Integer code = seen.get(value);
            if (code == null) {
                code = distinct.size();
                seen.put(value, code);
                distinct.add(value);
            }
            codes[i] = code;
        }
        Integer[] sorted = new Integer[distinct.size()];
        Arrays.setAll(sorted, k -> k);
        Arrays.sort(sorted, Comparator.comparing(distinct::get, order));
        int[] rank = new int[sorted.length];
        List<T> values = new ArrayList<>(sorted.length);
        for (int r = 0; r < sorted.length; r++) {
            rank[sorted[r]] = r;
            values.add(distinct.get(sorted[r]));
        }
        for (int i = 0; i < count; i++) {
            codes[i] = rank[codes[i]];
        }
        return new Codes<>(values, codes);
    }

    /** The number of each position's value. */
    int[] codes() {
        return codes;
    }

    /** The values, by number. */
    List<T> values() {
        return values;
    }

    /** The value of a number. */
    T value(int code) {
        return values.get(code);
    }

    /** How many distinct values. */
    int size() {
        return values.size();
    }

    /** The number of a value, or −1 if no position has it. */
    int codeOf(T value, Comparator<? super T> order) {
        int found = java.util.Collections.binarySearch(values, value, order);
        return found < 0 ? -1 : found;
    }
}
