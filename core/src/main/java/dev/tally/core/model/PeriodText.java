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
 *
 * <p>Accepted, ignoring case and extra spaces: a day {@code 1863-07-01} (also {@code 1863-7-1}),
 * {@code 1 July 1863}, {@code July 1, 1863}; a month {@code 1863-07}, {@code July 1863}; a year
 * {@code 1863}; an interval between two of those, written {@code 1863-07/1864-05}, or with a
 * spaced hyphen, an en or em dash or "to" ({@code July 1863 – May 1864}, {@code 1861–1865}); the
 * first end may leave out the year the second gives ({@code June 30 – July 3, 1863}); and day
 * ranges within a month, {@code July 1-3, 1863} and {@code 1–3 July 1863}.
 *
 * <p>A refusal shows the accepted forms with the text's own year when it has one, and with
 * {@code YYYY} standing for the year when it has none: it never suggests a year of its own.
 */
final class PeriodText {

    /** The year in a text, for the forms a refusal shows. */
    private static final Pattern A_YEAR = Pattern.compile("(?<![0-9])([1-9][0-9]{3})(?![0-9])");

    /** The order of {@link Period#ORDER} for periods that are not equal. */
    static final Comparator<Period> BY_END_START_TEXT = Comparator.comparingLong(PeriodDays::end)
            .thenComparingLong(PeriodDays::start).thenComparing(Period::toText);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([a-z]+)\\.?,? ([0-9]{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2}) ([a-z]+)\\.?,? ([0-9]{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? ([0-9]{1,2}),? ([0-9]{4})");
    private static final Pattern MONTH_DAYS_YEAR = Pattern.compile(
            "([a-z]+)\\.? ([0-9]{1,2}) ?[-–—] ?([0-9]{1,2}),? ([0-9]{4})");
    private static final Pattern DAYS_MONTH_YEAR = Pattern.compile(
            "([0-9]{1,2}) ?[-–—] ?([0-9]{1,2}) ([a-z]+)\\.?,? ([0-9]{4})");
    /** Where a spaced hyphen, an en or em dash, or "to" joins the two ends of an interval. */
    private static final Pattern DASH = Pattern.compile(" [-–—] |[–—]| to ");

    private PeriodText() {
    }

    static Period parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        Period canonical = canonical(text);
        return canonical != null ? canonical : parseWritten(text);
    }

    /** A period in any accepted form. */
    static Period parseWritten(String text) {
        String s = WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw fail(text, "the text is empty; " + accepted(text));
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return between(text, s.substring(0, slash).strip(), s.substring(slash + 1).strip());
        }
        Period days = dayRange(text, s);
        if (days != null) {
            return days;
        }
        Matcher dash = DASH.matcher(s);
        if (dash.find()) {
            return between(text, s.substring(0, dash.start()).strip(), s.substring(dash.end()).strip());
        }
        return point(text, s);
    }

    /** The interval between two ends; the first may leave out the year the second ends with. */
    private static Period between(String text, String first, String second) {
        Period to = point(text, second);
        Period from;
        try {
            from = point(text, first);
        } catch (InvalidTextException noYear) {
            Matcher year = A_YEAR.matcher(second);
            if (A_YEAR.matcher(first).find() || !year.find()) {
                throw noYear;
            }
            from = point(text, first + " " + year.group(1));
        }
        try {
            return Period.between(from, to);
        } catch (IllegalArgumentException e) {
            String y = ownYear(text);
            throw fail(text, "the interval ends before it begins; write the earlier end first, as in " + y + "-01/"
                    + y + "-03");
        }
    }

    /** Days within one month: {@code July 1-3, 1863} or {@code 1–3 July 1863}; null if the text is neither. */
    private static Period dayRange(String text, String s) {
        Matcher m = MONTH_DAYS_YEAR.matcher(s);
        if (m.matches()) {
            return days(text, m.group(4), m.group(1), m.group(2), m.group(3));
        }
        m = DAYS_MONTH_YEAR.matcher(s);
        return m.matches() ? days(text, m.group(4), m.group(3), m.group(1), m.group(2)) : null;
    }

    private static Period days(String text, String year, String month, String first, String last) {
        try {
            YearMonth yearMonth = YearMonth.of(year(year), month(text, month));
            return between(text, yearMonth.atDay(Integer.parseInt(first)).toString(),
                    yearMonth.atDay(Integer.parseInt(last)).toString());
        } catch (DateTimeException e) {
            throw fail(text, "no such date (" + e.getMessage() + "); " + accepted(text));
        }
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
            throw fail(text, "no such date (" + e.getMessage() + "); " + accepted(text));
        }
        throw fail(text, accepted(text));
    }

    /**
     * The period of a text in the form every writer uses, {@code 2025}, {@code 2025-04} or
     * {@code 2025-04-30}, read without a regular expression (every date of an import passes here);
     * null for any other text, and for a year before 1000 or a date that does not exist, which
     * {@link #parseWritten} then reads or refuses with its own message. Both read such a text alike.
     */
    static Period canonical(String text) {
        int length = text.length();
        if (length != 4 && length != 7 && length != 10) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = length >= 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
        int day = length == 10 && text.charAt(7) == '-' ? digits(text, 8, 10) : -1;
        if (year < 1000 || length >= 7 && (month < 1 || month > 12) || length == 10 && day < 1) {
            return null;
        }
        if (length == 4) {
            return Period.of(java.time.Year.of(year));
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (length == 7) {
            return Period.of(yearMonth);
        }
        return yearMonth.isValidDay(day) ? Period.of(yearMonth.atDay(day)) : null;
    }

    /** The number the ASCII digits from {@code from} to {@code to} make, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
        throw fail(text, "\"" + name + "\" is not a month name; " + accepted(text));
    }

    /** The forms accepted, shown with the text's own year, or with YYYY when it has none. */
    private static String accepted(String text) {
        String y = ownYear(text);
        return "write a day " + y + "-04-30, a month " + y + "-04 or \"January " + y + "\", a year " + y
                + ", or an interval " + y + "-01/" + y + "-03" + ("YYYY".equals(y) ? ", with the year for YYYY" : "");
    }

    /** The first four-digit year in the text, or YYYY. */
    private static String ownYear(String text) {
        Matcher year = A_YEAR.matcher(text);
        return year.find() ? year.group(1) : "YYYY";
    }

    private static InvalidTextException fail(String text, String reason) {
        return new InvalidTextException("period", text, reason);
    }
}
