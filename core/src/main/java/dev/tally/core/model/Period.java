package dev.tally.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * The time a figure refers to, kept at the precision the source gave: a day, a month, a year, or
 * an ISO 8601 interval between two of those.
 *
 * <p>Canonical texts: {@code 2025-04-30}, {@code 2025-04}, {@code 2025}, {@code 2025-01/2025-03}.
 * {@link #parse(String)} also reads month names ({@code January 2025}, {@code Jan 2025}) and
 * written-out days ({@code 30 April 2025}, {@code April 30, 2025}). A cumulative figure is "as of"
 * the end of its period. Periods sort by their end, then by their start.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Period extends Comparable<Period>
        permits Period.Day, Period.Month, Period.Year, Period.Interval {

    /** Orders periods by end, then start, then canonical text (so that a day and its month differ). */
    Comparator<Period> ORDER = (a, b) -> a.equals(b) ? 0 : PeriodText.BY_END_START_TEXT.compare(a, b);

    /**
     * Reads a period. See the type description for the accepted forms.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws InvalidTextException if the text is not a period; the message says why and what is accepted
     */
    static Period parse(String text) {
        return PeriodText.parse(text);
    }

    /**
     * A single day.
     *
     * @param date  the day, not null
     * @return the period, never null
     */
    static Period of(LocalDate date) {
        return new Day(date);
    }

    /**
     * A calendar month.
     *
     * @param month  the month, not null
     * @return the period, never null
     */
    static Period of(YearMonth month) {
        return SharedPeriods.month(month);
    }

    /**
     * A calendar year.
     *
     * @param year  the year, not null
     * @return the period, never null
     */
    static Period of(java.time.Year year) {
        return SharedPeriods.year(year);
    }

    /**
     * The interval from the start of one period to the end of another.
     *
     * @param from  the first day, month or year, not null
     * @param to  the last day, month or year, not null, not ending before {@code from} begins
     * @return the period, never null
     */
    static Period between(Period from, Period to) {
        return new Interval(from, to);
    }

    /**
     * The first day of the period.
     *
     * @return the first day, never null
     */
    LocalDate start();

    /**
     * The last day of the period, inclusive.
     *
     * @return the last day, never null
     */
    LocalDate end();

    /**
     * The canonical ISO 8601 text, which {@link #parse(String)} reads back to an equal period.
     *
     * @return the text, never null
     */
    String toText();

    /**
     * Whether the day falls within this period.
     *
     * @param date  the day, not null
     * @return true if {@code start() <= date <= end()}
     */
    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    @Override
    default int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /**
     * A single day, such as {@code 2025-04-30}.
     *
     * @param date  the day, not null
     */
    record Day(LocalDate date) implements Period {
        /**
         * Checks the day.
         *
         * @param date  the day, not null
         */
        public Day {
            Objects.requireNonNull(date, "date");
            PeriodText.checkYear(date.getYear());
        }

        @Override
        public LocalDate start() {
            return date;
        }

        @Override
        public LocalDate end() {
            return date;
        }

        @Override
        public String toText() {
            return date.toString();
        }

        @Override
        public String toString() {
            return toText();
        }
    }

    /**
     * A calendar month, such as {@code 2025-04}.
     *
     * @param month  the month, not null
     */
    record Month(YearMonth month) implements Period {
        /**
         * Checks the month.
         *
         * @param month  the month, not null
         */
        public Month {
            Objects.requireNonNull(month, "month");
            PeriodText.checkYear(month.getYear());
        }

        @Override
        public LocalDate start() {
            return month.atDay(1);
        }

        @Override
        public LocalDate end() {
            return month.atEndOfMonth();
        }

        @Override
        public String toText() {
            return month.toString();
        }

        @Override
        public String toString() {
            return toText();
        }
    }

    /**
     * A calendar year, such as {@code 2024}.
     *
     * @param year  the year, not null
     */
    record Year(java.time.Year year) implements Period {
        /**
         * Checks the year.
         *
         * @param year  the year, not null
         */
        public Year {
            Objects.requireNonNull(year, "year");
            PeriodText.checkYear(year.getValue());
        }

        @Override
        public LocalDate start() {
            return year.atDay(1);
        }

        @Override
        public LocalDate end() {
            return year.atMonth(12).atEndOfMonth();
        }

        @Override
        public String toText() {
            return year.toString();
        }

        @Override
        public String toString() {
            return toText();
        }
    }

    /**
     * An interval from the start of one day, month or year to the end of another, such as
     * {@code 2025-01/2025-03}.
     *
     * @param from  the first day, month or year, not null and not an interval
     * @param to  the last day, month or year, not null and not an interval
     */
    record Interval(Period from, Period to) implements Period {
        /**
         * Checks the ends.
         *
         * @param from  the first day, month or year, not null and not an interval
         * @param to  the last day, month or year, not null and not an interval
         * @throws IllegalArgumentException if an end is an interval, or the interval ends before it begins
         */
        public Interval {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from instanceof Interval || to instanceof Interval) {
                throw new IllegalArgumentException("an interval's ends must be days, months or years");
            }
            if (PeriodDays.end(to) < PeriodDays.end(from) || PeriodDays.start(to) < PeriodDays.start(from)) {
                throw new IllegalArgumentException("the interval " + from.toText() + "/" + to.toText()
                        + " ends before it begins");
            }
        }

        @Override
        public LocalDate start() {
            return from.start();
        }

        @Override
        public LocalDate end() {
            return to.end();
        }

        @Override
        public String toText() {
            return from.toText() + "/" + to.toText();
        }

        @Override
        public String toString() {
            return toText();
        }
    }
}
