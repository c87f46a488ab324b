package dev.tally.core.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One calendar bucket of a {@link Rollup}: a week, month, quarter or year, with its first and last day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label  the bucket's name: {@code 2015-W20}, {@code 2015-05}, {@code 2015-Q2} or {@code 2015}
 * @param start  the first day
 * @param end  the last day, inclusive
 */
public record Bucket(String label, LocalDate start, LocalDate end) implements Comparable<Bucket> {

    /**
     * Checks the components.
     *
     * @param label  the bucket's name: {@code 2015-W20}, {@code 2015-05}, {@code 2015-Q2} or {@code 2015}
     * @param start  the first day
     * @param end  the last day, inclusive
     * @throws IllegalArgumentException if the bucket ends before it begins
     */
    public Bucket {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the bucket " + label + " ends before it begins");
        }
    }

    /**
     * Orders buckets by their first day, then their last.
     *
     * @param other  the other bucket, not null
     * @return negative, zero or positive as this bucket begins before, with or after the other
     */
    @Override
    public int compareTo(Bucket other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
