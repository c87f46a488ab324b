package dev.tally.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values numbered from 0 in their sort order, so that comparing two numbers compares the
 * values: subjects, metrics and sources by their ids, periods in {@link dev.tally.core.model.Period}
 * order. A {@link Builder} numbers the values as they come (one hash lookup per value, none for a
 * value the same as the one before), then the distinct values alone are sorted.
 *
 * @param <T> the type of the values
 */
final class Codes<T> {

    private final List<T> values;
    /** Per number in the order first seen: its code. */
    private final int[] rank;

    private Codes(List<T> values, int[] rank) {
        this.values = values;
        this.rank = rank;
    }

    /** Numbers values in the order first seen; builds the codes once all are seen. */
    static final class Builder<T> {
        private final Map<T, Integer> seen = new HashMap<>();
        private final List<T> distinct = new ArrayList<>();
        private T last;
        private int lastNumber;

        /** The number of a value, in the order first seen. */
        int number(T value) {
            if (value != last) {
                Integer number = seen.get(value);
                if (number == null) {
                    number = distinct.size();
                    seen.put(value, number);
                    distinct.add(value);
                }
                last = value;
                lastNumber = number;
            }
            return lastNumber;
        }

        /** The codes of the values seen, in the given order. */
        Codes<T> build(Comparator<? super T> order) {
            Integer[] sorted = new Integer[distinct.size()];
            Arrays.setAll(sorted, k -> k);
            Arrays.sort(sorted, Comparator.comparing(distinct::get, order));
            int[] rank = new int[sorted.length];
            List<T> values = new ArrayList<>(sorted.length);
            for (int r = 0; r < sorted.length; r++) {
                rank[sorted[r]] = r;
                values.add(distinct.get(sorted[r]));
            }
            return new Codes<>(values, rank);
        }
    }

    /** Replaces, in place, each number the builder gave by the value's code. */
    void recode(int[] numbers) {
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = rank[numbers[i]];
        }
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
        int found = Collections.binarySearch(values, value, order);
        return found < 0 ? -1 : found;
    }
}
