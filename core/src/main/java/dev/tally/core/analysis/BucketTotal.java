package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One source's total for a subject and metric in one calendar bucket of a {@link Rollup}, by exact
 * interval arithmetic: the sum of the lows, the sum of the bests (absent when a part has none, as an
 * "up to" figure names no likely value), the sum of the highs (unbounded when a part is).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject  the subject id
 * @param metric  the metric id
 * @param source  the source id
 * @param bucket  the calendar bucket
 * @param low  the sum of the lows
 * @param best  the sum of the bests, empty if a part has none
 * @param high  the sum of the highs, empty if a part is unbounded
 * @param estimates  the estimates summed: the increments that end in the bucket, and the cumulative
 *     figure the change of a running total runs to
 * @param spanning  how many of the increments began before the bucket (and count whole in it)
 */
public record BucketTotal(String subject, String metric, String source, Bucket bucket, long low, OptionalLong best,
                          OptionalLong high, List<Estimate> estimates, int spanning) {

    /**
     * Checks the components and copies the estimates.
     *
     * @param subject  the subject id
     * @param metric  the metric id
     * @param source  the source id
     * @param bucket  the calendar bucket
     * @param low  the sum of the lows
     * @param best  the sum of the bests, empty if a part has none
     * @param high  the sum of the highs, empty if a part is unbounded
     * @param estimates  the estimates summed
     * @param spanning  how many of the increments began before the bucket
     */
    public BucketTotal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(high, "high");
        estimates = List.copyOf(estimates);
    }

    /**
     * The value that ranks this total against other sources': its best, or its low when it has none.
     *
     * @return the best, else the low
     */
    public long rank() {
        return best.orElse(low);
    }
}
