package dev.tally.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of period texts, used by every adapter through {@link Period#parse(String)}.
 */
final class PeriodText {

    private static final String ACCEPTED = "write a day 2025-04-30, a month 2025-04 or \"January 2025\", "
            + "a year 2025, or an interval 2025-01/2025-03";

    /** The order of {@link Period#ORDER} for periods that are not equal. */
    static final Comparator<Period> BY_END_START_TEXT = Comparator.comparing(Period::end)
            .thenComparing(Period::start).thenComparing(Period::toText);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([a-z]+)\\.?,? ([0-9]{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2}) ([a-z]+)\\.?,? ([0-9]{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? ([0-9]{1,2}),? ([0-9]{4})");

    private PeriodText() {
    }

    static Period parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        String s = WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw fail(text, "the text is empty; " + ACCEPTED);
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Period from = point(text, s.substring(0, slash).strip());
            Period to = point(text, s.substring(slash + 1).strip());
            try {
                return Period.between(from, to);
            } catch (IllegalArgumentException e) {
                throw fail(text, "the interval ends before it begins; write the earlier end first, as in 2025-01/2025-03");
            }
        }
        return point(text, s);
    }

    private static Period point(String text, String s) {
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return iso(iso);
            }
            Matcher m = MONTH_NAME_YEAR.matcher(s);
            if (m.matches()) {
                return Period.of(YearMonth.of(year(m.group(2)), month(text, m.group(1))));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                return Period.of(LocalDate.of(year(m.group(3)), month(text, m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                return Period.of(LocalDate.of(year(m.group(3)), month(text, m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (DateTimeException e) {
            throw fail(text, "no such date (" + e.getMessage() + "); " + ACCEPTED);
        }
        throw fail(text, ACCEPTED);
    }

    private static Period iso(Matcher iso) {
        int year = year(iso.group(1));
        if (iso.group(2) == null) {
            return Period.of(java.time.Year.of(year));
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(iso.group(2)));
        if (iso.group(3) == null) {
            return Period.of(month);
        }
        return Period.of(month.atDay(Integer.parseInt(iso.group(3))));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1000) {
            throw new DateTimeException("year " + digits + " is before 1000");
        }
        return year;
    }

    static void checkYear(int year) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("a period's year must have four digits, from 1000 to 9999: " + year);
        }
    }

    private static Month month(String text, String name) {
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(name) || (name.length() >= 3 && full.startsWith(name))) {
                return month;
            }
        }
        throw fail(text, "\"" + name + "\" is not a month name; " + ACCEPTED);
    }

    private static InvalidTextException fail(String text, String reason) {
        return new InvalidTextException("period", text, reason);
    }
}
