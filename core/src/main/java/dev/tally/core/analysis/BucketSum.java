package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** A bucket's running sum while a {@link Rollup} is made: lows, bests and highs, and what was summed. */
final class BucketSum {

    private final List<Estimate> estimates = new ArrayList<>(2);
    private long low;
    private long best;
    private boolean bestMissing;
    private long high;
    private boolean unbounded;
    private int spanning;

    /** Adds a part: its low, best and high ({@link LedgerIndex#NONE} when it has none), and whether it spans buckets. */
    void add(Estimate estimate, long partLow, long partBest, long partHigh, boolean spans) {
        estimates.add(estimate);
        low += partLow;
        if (partBest != LedgerIndex.NONE) {
            best += partBest;
        } else {
            bestMissing = true;
        }
        if (partHigh != LedgerIndex.NONE) {
            high += partHigh;
        } else {
            unbounded = true;
        }
        if (spans) {
            spanning++;
        }
    }

    BucketTotal total(String subject, String metric, String source, Bucket bucket) {
        return new BucketTotal(subject, metric, source, bucket, low,
                bestMissing ? OptionalLong.empty() : OptionalLong.of(best),
                unbounded ? OptionalLong.empty() : OptionalLong.of(high), estimates, spanning);
    }
}
