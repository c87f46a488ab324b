package dev.tally.core.analysis;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The calendar buckets a {@link Rollup} sums into: ISO weeks (Monday to Sunday, labelled
 * {@code 2015-W20} by the ISO week-based year), calendar months ({@code 2015-05}), quarters
 * ({@code 2015-Q2}) and years ({@code 2015}).
 *
 * <p>Each day falls in exactly one bucket. A bucket is numbered by a count from a fixed origin, so
 * that the bucket of a day is found without building any object.
 */
public enum BucketSize {
    /** ISO weeks, Monday to Sunday. */
    WEEK,
    /** Calendar months; the default. */
    MONTH,
    /** Calendar quarters: January to March, April to June, July to September, October to December. */
    QUARTER,
    /** Calendar years. */
    YEAR;

    /** 1970-01-01 was a Thursday: its week began three days earlier. */
    private static final int DAYS_SINCE_MONDAY_AT_EPOCH = 3;

    /**
     * The bucket a day falls in.
     *
     * @param date  the day, not null
     * @return the bucket, never null
     */
    public Bucket bucketOf(LocalDate date) {
        return bucket(index(date));
    }

    /**
     * Reads a bucket size by its lower-case name: {@code week}, {@code month}, {@code quarter} or {@code year}.
     *
     * @param text  the name, not null
     * @return the bucket size, never null
     * @throws IllegalArgumentException if the text names no bucket size
     */
    public static BucketSize parse(String text) {
        for (BucketSize size : values()) {
            if (size.toText().equalsIgnoreCase(text)) {
                return size;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a bucket size; use week, month, quarter or year");
    }

    /**
     * The lower-case name: {@code week}, {@code month}, {@code quarter} or {@code year}.
     *
     * @return the name, never null
     */
    public String toText() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The number of the bucket the day falls in, counted from a fixed origin. */
    long index(LocalDate date) {
        return switch (this) {
            case WEEK -> Math.floorDiv(date.toEpochDay() + DAYS_SINCE_MONDAY_AT_EPOCH, 7);
            case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
            case QUARTER -> date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
            case YEAR -> date.getYear();
        };
    }

    /** The bucket of the given number. */
    Bucket bucket(long index) {
        return switch (this) {
            case WEEK -> {
                LocalDate monday = LocalDate.ofEpochDay(index * 7 - DAYS_SINCE_MONDAY_AT_EPOCH);
                yield new Bucket(String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
            }
            case MONTH -> {
                YearMonth month = YearMonth.of((int) Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
                yield new Bucket(month.toString(), month.atDay(1), month.atEndOfMonth());
            }
            case QUARTER -> {
                int year = (int) Math.floorDiv(index, 4);
                int quarter = Math.floorMod(index, 4) + 1;
                LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
                yield new Bucket(year + "-Q" + quarter, start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> {
                Year year = Year.of((int) index);
                yield new Bucket(year.toString(), year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
        };
    }
}
