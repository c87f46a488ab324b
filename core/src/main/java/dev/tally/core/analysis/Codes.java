package dev.tally.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Distinct values numbered from 0 in their sort order, so that comparing two numbers compares the
 * values: subjects, metrics and sources by their ids, periods in {@link dev.tally.core.model.Period}
 * order. A {@link Builder} numbers the values as they come (one hash lookup per value, none for a
 * value equal to one of the last four numbered: an estimate's period and reported period are
 * mostly those of the estimates before), or {@link #ofPositions} takes the positions of the values in a
 * list as their numbers; then the distinct values alone are sorted.
 *
 * @param <T> the type of the values
 */
final class Codes<T> {

    private final List<T> values;
    /** Per number (in the order first seen, or a position): its code; -1 for a position no value has. */
    private final int[] rank;

    private Codes(List<T> values, int[] rank) {
        this.values = values;
        this.rank = rank;
    }

    /** Numbers values in the order first seen; builds the codes once all are seen. */
    static final class Builder<T> {
        private static final int RECENT = 4;
        private final Map<T, Integer> seen = new HashMap<>();
        private final List<T> distinct = new ArrayList<>();
        /** The last values numbered and their numbers; {@link #next} is the slot to replace next. */
        private final Object[] recent = new Object[RECENT];
        private final int[] recentNumbers = new int[RECENT];
        private int next;

        /**
         * The number of a value, in the order first seen: found among the last values numbered by
         * identity (without reading the value) or else by equality, before the map is asked.
         */
        int number(T value) {
            for (int r = 0; r < RECENT; r++) {
                if (value == recent[r]) {
                    return recentNumbers[r];
                }
            }
            for (int r = 0; r < RECENT; r++) {
                if (value.equals(recent[r])) {
                    return recentNumbers[r];
                }
            }
            Integer number = seen.get(value);
            if (number == null) {
                number = distinct.size();
                seen.put(value, number);
                distinct.add(value);
            }
            recent[next] = value;
            recentNumbers[next] = number;
            next = (next + 1) % RECENT;
            return number;
        }

        /** The codes of the values seen, in the given order. */
        Codes<T> build(Comparator<? super T> order) {
            return sorted(distinct, IntStream.range(0, distinct.size()).toArray(), distinct.size(), order);
        }
    }

    /**
     * The codes of the values at some positions of a list, each position taken as its value's number.
     *
     * @param positions  the positions, any number of times each, each less than {@code count}
     * @param count  how many positions the list has
     * @param valueAt  the value at a position
     * @param order  the order of the values
     */
    static <T> Codes<T> ofPositions(int[] positions, int count, IntFunction<T> valueAt, Comparator<? super T> order) {
        boolean[] used = new boolean[count];
        for (int position : positions) {
            used[position] = true;
        }
        int[] distinct = IntStream.range(0, count).filter(position -> used[position]).toArray();
        return sorted(Arrays.stream(distinct).mapToObj(valueAt).toList(), distinct, count, order);
    }

    /** The codes of distinct values, {@code distinct.get(k)} being number {@code numbers[k]} of {@code size}. */
    private static <T> Codes<T> sorted(List<T> distinct, int[] numbers, int size, Comparator<? super T> order) {
        Integer[] sorted = new Integer[distinct.size()];
        Arrays.setAll(sorted, k -> k);
        Arrays.sort(sorted, Comparator.comparing(distinct::get, order));
        int[] rank = new int[size];
        Arrays.fill(rank, -1);
        List<T> values = new ArrayList<>(sorted.length);
        for (int r = 0; r < sorted.length; r++) {
            rank[numbers[sorted[r]]] = r;
            values.add(distinct.get(sorted[r]));
        }
        return new Codes<>(values, rank);
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
