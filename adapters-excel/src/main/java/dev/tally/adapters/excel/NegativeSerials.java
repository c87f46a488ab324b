package dev.tally.adapters.excel;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Days before 1900 as LibreOffice and ExcelJS write them: a negative serial counted from
 * 1899-12-30, which is day 0 (so 1863-07-01 is -13331), or from 1904-01-01 in a workbook of the
 * 1904 date system. Excel itself holds no date before 1900; it shows such a cell as a number.
 */
final class NegativeSerials {

    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    /** The earliest day a period may hold. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);

    private NegativeSerials() {
    }

    /**
     * The day a negative serial means; empty for a serial that is not negative or a day before the
     * year 1000. A fraction (a time of day) is dropped.
     */
    static Optional<LocalDate> day(double serial, boolean date1904) {
        if (!(serial < 0) || serial < FIRST_DAY.toEpochDay() - DAY_ZERO_1904.toEpochDay() - 1) {
            return Optional.empty();
        }
        LocalDate day = (date1904 ? DAY_ZERO_1904 : DAY_ZERO).plusDays((long) Math.floor(serial));
        return day.isBefore(FIRST_DAY) ? Optional.empty() : Optional.of(day);
    }
}
