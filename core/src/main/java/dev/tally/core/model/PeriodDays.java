package dev.tally.core.model;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;

/**
 * The first and last days of a period as epoch days, computed without making a {@link java.time.LocalDate}
 * (a month or a year has none of its own): what comparing periods needs, millions of times in a sort.
 */
final class PeriodDays {

    private static final long SECONDS_PER_DAY = 86_400;

    private PeriodDays() {
    }

    /** The first day of the period, as an epoch day. */
    static long start(Period period) {
        if (period instanceof Period.Day day) {
            return day.date().toEpochDay();
        }
        if (period instanceof Period.Month month) {
            return epochDay(month.month(), 1);
        }
        if (period instanceof Period.Year year) {
            return epochDay(year.year().getValue(), 1, 1);
        }
        return start(((Period.Interval) period).from());
    }

    /** The last day of the period, inclusive, as an epoch day. */
    static long end(Period period) {
        if (period instanceof Period.Day day) {
            return day.date().toEpochDay();
        }
        if (period instanceof Period.Month month) {
            return epochDay(month.month(), month.month().lengthOfMonth());
        }
        if (period instanceof Period.Year year) {
            return epochDay(year.year().getValue(), 12, 31);
        }
        return end(((Period.Interval) period).to());
    }

    private static long epochDay(YearMonth month, int day) {
        return epochDay(month.getYear(), month.getMonthValue(), day);
    }

    private static long epochDay(int year, int month, int day) {
        return IsoChronology.INSTANCE.epochSecond(year, month, day, 0, 0, 0, ZoneOffset.UTC) / SECONDS_PER_DAY;
    }
}
