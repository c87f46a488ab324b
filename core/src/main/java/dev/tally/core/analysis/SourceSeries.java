package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One source's figures of one subject and metric, summed into buckets by the rules of {@link Rollup}:
 * increments whole in the bucket of their period's end, a running total by its change between bucket
 * ends.
 */
final class SourceSeries {

    private final List<Estimate> increments = new ArrayList<>();
    private final List<Estimate> cumulative = new ArrayList<>(1);

    /** Adds a figure the rollup counts: an increment not superseded, or a cumulative figure not withdrawn. */
    void add(Estimate estimate) {
        (estimate.basis() == Basis.INCREMENT ? increments : cumulative).add(estimate);
    }

    /** The sums of this series, by bucket number. */
    Map<Long, BucketSum> sums(BucketSize by, Knowledge knowledge) {
        Map<Long, BucketSum> sums = new TreeMap<>();
        LocalDate covered = runningTotal(by, knowledge, sums);
        for (Estimate increment : increments) {
            if (covered != null && !increment.asOf().start().isAfter(covered)) {
                continue;
            }
            long bucket = by.index(increment.asOf().end());
            Quantity figure = increment.quantity();
            sums.computeIfAbsent(bucket, b -> new BucketSum()).add(increment, figure.low(), figure.best(),
                    figure.high(), by.index(increment.asOf().start()) != bucket);
        }
        return sums;
    }

    /**
     * Adds the running total's change in each bucket where one of its figures ends, and returns the
     * last day the running total covers (null without one).
     */
    private LocalDate runningTotal(BucketSize by, Knowledge knowledge, Map<Long, BucketSum> sums) {
        if (cumulative.isEmpty()) {
            return null;
        }
        cumulative.sort(Comparator.comparing(Estimate::asOf, Picture.PERIODS)
                .thenComparing(e -> !knowledge.isSuperseded(e))
                .thenComparing(Estimate::reported, Picture.PERIODS).thenComparing(Estimate::id));
        Estimate level = null;
        Estimate before = null;
        long bucket = Long.MIN_VALUE;
        for (Estimate figure : cumulative) {
            long next = by.index(figure.asOf().end());
            if (level != null && next != bucket) {
                addChange(sums, bucket, before, level);
                before = level;
            }
            bucket = next;
            if (level == null || value(figure) >= value(level)) {
                level = figure;
            }
        }
        addChange(sums, bucket, before, level);
        return cumulative.get(cumulative.size() - 1).asOf().end();
    }

    /** The change from one level to the next: the whole figure from none, 0 when it stays, else the interval difference. */
    private static void addChange(Map<Long, BucketSum> sums, long bucket, Estimate before, Estimate level) {
        BucketSum sum = sums.computeIfAbsent(bucket, b -> new BucketSum());
        if (before == level) {
            sum.add(level, 0, OptionalLong.of(0), OptionalLong.of(0), false);
            return;
        }
        Bounds change = before == null ? Bounds.of(level.quantity())
                : Bounds.of(level.quantity()).minus(Bounds.of(before.quantity()));
        sum.add(level, change.low(), change.best(), change.high(), false);
    }

    /** What a figure ranks by when a running total is followed: its best, else its low. */
    private static long value(Estimate figure) {
        return figure.quantity().best().orElse(figure.quantity().low());
    }
}
