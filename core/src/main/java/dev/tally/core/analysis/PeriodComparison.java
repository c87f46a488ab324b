package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The sources compared in one calendar bucket of one subject and metric: each source's total from
 * the {@link Rollup}, brought together by the rule of {@link Reconciliation} (low the least low, high
 * the greatest high, best the median of the totals' bests weighted by the sources' reliability), how
 * far apart the sources are, and the estimates that make most of the difference.
 *
 * <ul>
 *   <li>{@code ratio} is the highest source total ÷ the lowest, each ranked by its best, else its low
 *       ({@link BucketTotal#rank()}); absent when only one source reports or the lowest is 0.</li>
 *   <li>{@code gap} is the three largest estimates (by best, else low) of the source with the
 *       highest total in the bucket: the figures the other sources lack most. With one source, its
 *       own largest.</li>
 *   <li>A bucket where only one source reports is kept and marked ({@link #singleSource()}).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject  the subject id
 * @param metric  the metric id
 * @param bucket  the calendar bucket
 * @param totals  each source's total, by source
 * @param low  the least low
 * @param best  the weighted median of the bests, if any total has one
 * @param high  the greatest high, empty if unbounded
 * @param ratio  the highest source total ÷ the lowest, if two or more sources report and the lowest is above 0
 * @param gap  the largest estimates of the source with the highest total, at most three, largest first
 */
public record PeriodComparison(String subject, String metric, Bucket bucket, List<BucketTotal> totals, long low,
                               OptionalLong best, OptionalLong high, OptionalDouble ratio, List<Estimate> gap) {

    /** How many estimates {@link #gap} names. */
    public static final int GAP_SIZE = 3;

    private static final Comparator<Estimate> LARGEST_FIRST = Comparator
            .comparingLong((Estimate e) -> e.quantity().best().orElse(e.quantity().low())).reversed()
            .thenComparing(Estimate::id);

    /**
     * Checks the components and copies the lists.
     *
     * @param subject  the subject id
     * @param metric  the metric id
     * @param bucket  the calendar bucket
     * @param totals  each source's total, by source
     * @param low  the least low
     * @param best  the weighted median of the bests, if any total has one
     * @param high  the greatest high, empty if unbounded
     * @param ratio  the highest source total ÷ the lowest, if two or more sources report and the lowest is above 0
     * @param gap  the largest estimates of the source with the highest total, at most three, largest first
     */
    public PeriodComparison {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(ratio, "ratio");
        totals = List.copyOf(totals);
        gap = List.copyOf(gap);
    }

    /**
     * Compares the sources in every bucket of a rollup.
     *
     * @param rollup  the rollup, not null
     * @param ledger  the ledger it was made from, for the sources' reliability, not null
     * @return the comparisons, by subject, metric and bucket; never null
     */
    public static List<PeriodComparison> of(Rollup rollup, Ledger ledger) {
        Map<GroupKey, List<BucketTotal>> groups = new LinkedHashMap<>();
        rollup.totals().forEach(t -> groups.computeIfAbsent(GroupKey.of(t.subject(), t.metric(), t.bucket()),
                k -> new ArrayList<>(2)).add(t));
        List<PeriodComparison> comparisons = new ArrayList<>(groups.size());
        groups.values().forEach(totals -> comparisons.add(compare(totals, ledger)));
        comparisons.sort(Comparator.comparing(PeriodComparison::subject).thenComparing(PeriodComparison::metric)
                .thenComparing(PeriodComparison::bucket));
        return comparisons;
    }

    /**
     * Whether only one source reports in this bucket.
     *
     * @return true if there is one total
     */
    public boolean singleSource() {
        return totals.size() == 1;
    }

    private static PeriodComparison compare(List<BucketTotal> totals, Ledger ledger) {
        BucketTotal first = totals.get(0);
        long low = totals.stream().mapToLong(BucketTotal::low).min().orElseThrow();
        OptionalLong high = totals.stream().allMatch(t -> t.high().isPresent())
                ? totals.stream().mapToLong(t -> t.high().getAsLong()).max() : OptionalLong.empty();
        OptionalLong best = Reconciliation.weightedMedianOf(totals.stream().filter(t -> t.best().isPresent())
                .map(t -> new Reconciliation.Weighted(t.best().getAsLong(), Reconciliation.weight(ledger, t.source())))
                .toList());
        BucketTotal highest = totals.stream().max(Comparator.comparingLong(BucketTotal::rank)).orElseThrow();
        long lowest = totals.stream().mapToLong(BucketTotal::rank).min().orElseThrow();
        OptionalDouble ratio = totals.size() > 1 && lowest > 0
                ? OptionalDouble.of((double) highest.rank() / lowest) : OptionalDouble.empty();
        return new PeriodComparison(first.subject(), first.metric(), first.bucket(), totals, low, best, high, ratio,
                largest(highest.estimates()));
    }

    /** The {@link #GAP_SIZE} largest estimates, largest first, in one pass without sorting them all. */
    private static List<Estimate> largest(List<Estimate> estimates) {
        List<Estimate> top = new ArrayList<>(GAP_SIZE + 1);
        for (Estimate estimate : estimates) {
            int at = -Collections.binarySearch(top, estimate, LARGEST_FIRST) - 1;
            if (at < GAP_SIZE) {
                top.add(at, estimate);
                if (top.size() > GAP_SIZE) {
                    top.remove(GAP_SIZE);
                }
            }
        }
        return top;
    }
}
