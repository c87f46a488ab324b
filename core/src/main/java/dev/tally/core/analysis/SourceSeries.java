package dev.tally.core.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One source's figures of one subject and metric, summed into buckets by the rules of {@link Rollup}:
 * increments whole in the bucket of their period's end, a running total by its change between bucket
 * ends. Made from a series of the index's series order.
 */
final class SourceSeries {

    private final LedgerIndex index;
    /** The increments the rollup counts (not superseded), in ledger order. */
    private final int[] increments;
    /** The cumulative figures it counts (not withdrawn): by period, superseded first, then reported and id. */
    private final int[] cumulative;

    /** The series {@code order[from..to)} of the index's series order. */
    SourceSeries(LedgerIndex index, int[] order, int from, int to) {
        this.index = index;
        int[][] split = index.byBasis(order, from, to, p -> index.increment[p] ? !index.superseded[p] : !index.withdrawn[p]);
        increments = split[1];
        Arrays.sort(increments);
        cumulative = supersededFirst(split[0]);
    }

    /** Within each period, the superseded figures before the others, each kept in its order. */
    private int[] supersededFirst(int[] latestOrder) {
        int[] sorted = new int[latestOrder.length];
        int at = 0;
        for (int from = 0, to; from < latestOrder.length; from = to) {
            to = Orders.runEnd(latestOrder, from, index.asOf);
            for (boolean superseded : new boolean[] {true, false}) {
                for (int k = from; k < to; k++) {
                    if (index.superseded[latestOrder[k]] == superseded) {
                        sorted[at++] = latestOrder[k];
                    }
                }
            }
        }
        return sorted;
    }

    /** The sums of this series, by bucket number, given the bucket numbers of each period's first and last day. */
    Map<Long, BucketSum> sums(long[] firstBuckets, long[] lastBuckets) {
        Map<Long, BucketSum> sums = new TreeMap<>();
        long covered = runningTotal(lastBuckets, sums);
        for (int increment : increments) {
            if (index.firstDay(increment) <= covered) {
                continue;
            }
            long bucket = lastBuckets[index.asOf[increment]];
            sums.computeIfAbsent(bucket, b -> new BucketSum()).add(index.estimate(increment), index.low[increment],
                    index.best[increment], index.high[increment], firstBuckets[index.asOf[increment]] != bucket);
        }
        return sums;
    }

    /**
     * Adds the running total's change in each bucket where one of its figures ends, and returns the
     * last day the running total covers, as an epoch day (the least long without one).
     */
    private long runningTotal(long[] lastBuckets, Map<Long, BucketSum> sums) {
        if (cumulative.length == 0) {
            return Long.MIN_VALUE;
        }
        int level = -1;
        int before = -1;
        long bucket = Long.MIN_VALUE;
        for (int figure : cumulative) {
            long next = lastBuckets[index.asOf[figure]];
            if (level >= 0 && next != bucket) {
                addChange(sums, bucket, before, level);
                before = level;
            }
            bucket = next;
            if (level < 0 || value(figure) >= value(level)) {
                level = figure;
            }
        }
        addChange(sums, bucket, before, level);
        return index.lastDay(cumulative[cumulative.length - 1]);
    }

    /** The change from one level to the next: the whole figure from none, 0 when it stays, else the interval difference. */
    private void addChange(Map<Long, BucketSum> sums, long bucket, int before, int level) {
        BucketSum sum = sums.computeIfAbsent(bucket, b -> new BucketSum());
        if (before == level) {
            sum.add(index.estimate(level), 0, 0, 0, false);
            return;
        }
        Bounds change = before < 0 ? Bounds.of(index.estimate(level).quantity())
                : Bounds.of(index.estimate(level).quantity()).minus(Bounds.of(index.estimate(before).quantity()));
        sum.add(index.estimate(level), change.low(), change.best().orElse(LedgerIndex.NONE),
                change.high().orElse(LedgerIndex.NONE), false);
    }

    /** What a figure ranks by when a running total is followed: its best, else its low. */
    private long value(int figure) {
        return index.best[figure] == LedgerIndex.NONE ? index.low[figure] : index.best[figure];
    }
}
