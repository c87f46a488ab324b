package dev.tally.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each source's totals per subject and metric in calendar buckets (ISO weeks, months, quarters or
 * years), as known at a date.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Increments</b> (figures counted within their period, such as one event's deaths) are
 *       summed. An increment whose period spans two or more buckets counts <b>whole in the bucket of
 *       its period's end</b>, the day by which everything it counts had happened (as a cumulative
 *       figure is "as of" the end of its period): a UCDP event from 30 June to 2 July is a July event.
 *       Nothing is split, so every event counts once, in whole numbers, and a month's total is a plain
 *       sum of its events. Each total says how many of its increments began in an earlier bucket
 *       ({@link BucketTotal#spanning()}).</li>
 *   <li>A <b>running total</b> (cumulative figures) contributes, in each bucket where one of its
 *       figures ends, the change of its level since the previous such bucket; the first figure counts
 *       whole (from zero), so that the buckets add up to the latest figure. The level is the latest
 *       figure, except that a figure below the level (by its best, else its low) leaves the level where
 *       it was: a fall that no correction explains counts as no change (the checks report it) and is
 *       never negative. A corrected or retracted figure is not in the series at all, so a correction
 *       lowers the change of its own bucket instead. Changes of ranges use interval arithmetic: the
 *       low of the later figure less the high of the earlier, the best less the best, the high less
 *       the low, never below 0.</li>
 *   <li>An increment that begins on or before the end of the same source's last cumulative figure is
 *       already counted in that running total and is not added again.</li>
 *   <li>A bucket's low is the sum of the lows, its high the sum of the highs (unbounded if any part
 *       is), its best the sum of the bests; when a part has no best (an "up to" figure), the total has
 *       none either.</li>
 *   <li>Only what was known at the date counts ({@link Knowledge}). An increment revised by a known
 *       estimate (update, correction or retraction) no longer counts: its revision restates what
 *       happened, so counting both would count twice. A cumulative figure stays in its series unless
 *       corrected or retracted: an update leaves the earlier figure true as of its own period.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date  the date the figures are known at ({@link LocalDate#MAX} for everything)
 * @param by  the bucket size
 * @param totals  the totals, by subject, metric, source and bucket
 */
public record Rollup(LocalDate date, BucketSize by, List<BucketTotal> totals) {

    /**
     * Checks the components and copies the totals.
     *
     * @param date  the date the figures are known at ({@link LocalDate#MAX} for everything)
     * @param by  the bucket size
     * @param totals  the totals, by subject, metric, source and bucket
     */
    public Rollup {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(by, "by");
        totals = List.copyOf(totals);
    }

    /**
     * Rolls up every subject, metric and source, in one pass over the ledger.
     *
     * @param knowledge  what was known at the date, not null
     * @param by  the bucket size, not null
     * @return the rollup, never null
     */
    public static Rollup of(Knowledge knowledge, BucketSize by) {
        Objects.requireNonNull(by, "by");
        LedgerIndex index = knowledge.index();
        int[] order = index.bySeries();
        long[] firstBuckets = index.firstBuckets(by);
        long[] lastBuckets = index.lastBuckets(by);
        Map<Long, Bucket> buckets = new HashMap<>();
        List<BucketTotal> totals = new ArrayList<>();
        int[] runs = index.seriesRuns();
        for (int r = 0; r + 1 < runs.length; r++) {
            int first = order[runs[r]];
            String subject = index.subjectOf(index.subject[first]);
            String metric = index.metricOf(index.metric[first]);
            String source = index.sourceOf(index.source[first]);
            new SourceSeries(index, order, runs[r], runs[r + 1]).sums(firstBuckets, lastBuckets).forEach((bucket, sum) ->
                    totals.add(sum.total(subject, metric, source, buckets.computeIfAbsent(bucket, by::bucket))));
        }
        return new Rollup(knowledge.date(), by, totals);
    }
}
