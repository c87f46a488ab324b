package dev.tally.core.table;

import dev.tally.core.model.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an event dataset codes the precision of its dates, and how a period read from its date
 * columns is widened to what that code says is known. {@code docs/mappings.md} gives the reading
 * of each codebook.
 */
enum DatePrecision {

    /**
     * UCDP GED's {@code date_prec}. {@code date_start} and {@code date_end} are already the earliest
     * and the latest date the event can have; the code says how wide that window is: 1 one day,
     * 2 two to six days, 3 a week, 4 up to a month, 5 more than a month. A window narrower than its
     * code (a release that gives one date) widens to the week, the month or the year of its start.
     */
    UCDP_GED("ucdp-ged", 5) {
        @Override
        Period widen(Period read, int code) {
            long days = ChronoUnit.DAYS.between(read.start(), read.end()) + 1;
            if (code == 3 && days < 7) {
                return week(read.start());
            }
            if (code == 4 && days < 8) {
                return Period.of(YearMonth.from(read.start()));
            }
            return code == 5 && days < 32 ? Period.of(Year.from(read.start())) : read;
        }
    },
    /**
     * ACLED's {@code time_precision}: 1 the day is known, 2 the week (Monday to Sunday) that holds
     * the date, 3 the month that holds it.
     */
    ACLED("acled", 3) {
        @Override
        Period widen(Period read, int code) {
            if (code == 2) {
                return week(read.start());
            }
            return code == 3 ? Period.of(YearMonth.from(read.start())) : read;
        }
    };

    private final String id;
    private final int highest;

    DatePrecision(String id, int highest) {
        this.id = id;
        this.highest = highest;
    }

    /** The name a mapping gives the scale. */
    String id() {
        return id;
    }

    /**
     * The scale a mapping names.
     *
     * @throws IllegalArgumentException if none has that name
     */
    static DatePrecision parse(String text) {
        return Arrays.stream(values()).filter(p -> p.id.equals(text.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a scale of date precision; "
                        + "use one of " + Arrays.stream(values()).map(DatePrecision::id)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * The period a precision code widens a period read from the date columns to.
     *
     * @throws IllegalArgumentException if the code is not one of the scale's
     */
    Period widened(Period read, long code) {
        if (code < 1 || code > highest) {
            throw new IllegalArgumentException(code + " is not a " + id + " date precision; write a code from 1 to "
                    + highest);
        }
        return widen(read, (int) code);
    }

    abstract Period widen(Period read, int code);

    /** The week, Monday to Sunday, that holds a day. */
    private static Period week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Period.between(Period.of(monday), Period.of(monday.plusDays(6)));
    }
}
