package dev.tally.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The highest a bounding metric (such as deployed) can be by a date: the highest cumulative figure
 * whose period began by then, plus every increment whose period began by then. Generous on purpose,
 * so that only certain excesses are reported. Made from a run of the index's order by start, with
 * running maxima and sums; each query is a binary search.
 */
final class BoundSeries {

    /** A bound: the highest count and the estimates it comes from. */
    record Bound(long high, List<String> estimates) {
    }

    private final LedgerIndex index;
    private final int[] cumulative;
    private final int[] increments;
    private final int[] highestCumulative;
    private final long[] incrementSums;
    private final boolean unbounded;

    /** The bound made of the positions {@code order[from..to)}, sorted by the first day of their period. */
    BoundSeries(LedgerIndex index, int[] order, int from, int to) {
        this.index = index;
        int[][] split = index.byBasis(order, from, to, p -> true);
        cumulative = split[0];
        increments = split[1];
        boolean anyUnbounded = false;
        for (int k = from; k < to; k++) {
            anyUnbounded |= index.high[order[k]] == LedgerIndex.NONE;
        }
        unbounded = anyUnbounded;
        int c = cumulative.length;
        int i = increments.length;
        highestCumulative = new int[c + 1];
        highestCumulative[0] = -1;
        for (int k = 0; k < c; k++) {
            int best = highestCumulative[k];
            highestCumulative[k + 1] = best < 0 || high(cumulative[k]) > high(cumulative[best]) ? k : best;
        }
        incrementSums = new long[i + 1];
        for (int k = 0; k < i; k++) {
            incrementSums[k + 1] = incrementSums[k] + high(increments[k]);
        }
    }

    /**
     * The bound at the epoch day if it lies below {@code above}; empty if it does not, if no bounding
     * figure had begun by then, or if one is unbounded.
     */
    Optional<Bound> at(long day, long above) {
        int c = count(index, cumulative, cumulative.length, day);
        int i = count(index, increments, increments.length, day);
        if (unbounded || c + i == 0) {
            return Optional.empty();
        }
        int highest = highestCumulative[c];
        long high = (highest < 0 ? 0 : high(cumulative[highest])) + incrementSums[i];
        if (high >= above) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(i + 1);
        if (highest >= 0) {
            ids.add(index.estimate(cumulative[highest]).id());
        }
        for (int k = 0; k < i; k++) {
            ids.add(index.estimate(increments[k]).id());
        }
        return Optional.of(new Bound(high, ids));
    }

    /** The figure's high; an unbounded one makes the whole series unbounded, so its value never counts. */
    private long high(int position) {
        long high = index.high[position];
        return high == LedgerIndex.NONE ? Long.MAX_VALUE : high;
    }

    /**
     * How many of the first {@code size} positions, sorted by the first day of their period, began
     * on or before the epoch day.
     */
    static int count(LedgerIndex index, int[] sorted, int size, long day) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (index.firstDay(sorted[mid]) > day) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
