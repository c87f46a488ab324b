package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one parser of period texts: the forms of issue 2, and what it refuses and why. */
class PeriodTextTest {

    /** What every refusal offers instead. */
    private static final String ACCEPTED = "write a day 2025-04-30, a month 2025-04 or \"January 2025\"";
    /** The same forms with the year of a text that names 1863. */
    private static final String HISTORICAL = "write a day 1863-04-30, a month 1863-04 or \"January 1863\", a year 1863, "
            + "or an interval 1863-01/1863-03";
    /** The same forms for a text that names no year: no year of the parser's choosing. */
    private static final String NO_YEAR = "write a day YYYY-04-30, a month YYYY-04 or \"January YYYY\", a year YYYY, "
            + "or an interval YYYY-01/YYYY-03, with the year for YYYY";

    private static final Period APRIL_30 = Period.of(LocalDate.of(2025, 4, 30));
    private static final Period APRIL = Period.of(YearMonth.of(2025, 4));
    private static final Period JANUARY = Period.of(YearMonth.of(2025, 1));

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("2025-04-30", APRIL_30, "2025-04-30"),
                Arguments.of("2025-04", APRIL, "2025-04"),
                Arguments.of("2025", Period.of(java.time.Year.of(2025)), "2025"),
                Arguments.of("2025-01/2025-03", Period.between(JANUARY, Period.of(YearMonth.of(2025, 3))),
                        "2025-01/2025-03"),
                Arguments.of("2025-01 / 2025-03", Period.between(JANUARY, Period.of(YearMonth.of(2025, 3))),
                        "2025-01/2025-03"),
                Arguments.of("2024/2025-02", Period.between(Period.of(java.time.Year.of(2024)),
                        Period.of(YearMonth.of(2025, 2))), "2024/2025-02"),
                Arguments.of("2025-01-06/2025-01-10", Period.between(Period.of(LocalDate.of(2025, 1, 6)),
                        Period.of(LocalDate.of(2025, 1, 10))), "2025-01-06/2025-01-10"),
                Arguments.of("January 2025", JANUARY, "2025-01"),
                Arguments.of("Jan 2025", JANUARY, "2025-01"),
                Arguments.of("jan. 2025", JANUARY, "2025-01"),
                Arguments.of("Sept 2025", Period.of(YearMonth.of(2025, 9)), "2025-09"),
                Arguments.of("30 April 2025", APRIL_30, "2025-04-30"),
                Arguments.of("April 30, 2025", APRIL_30, "2025-04-30"),
                Arguments.of("Apr 30 2025", APRIL_30, "2025-04-30"),
                Arguments.of("2024-02-29", Period.of(LocalDate.of(2024, 2, 29)), "2024-02-29"),
                Arguments.of("2025-4", APRIL, "2025-04"),
                Arguments.of("  2025-04  ", APRIL, "2025-04"),
                Arguments.of("1000", Period.of(java.time.Year.of(1000)), "1000"),
                Arguments.of("9999-12-31", Period.of(LocalDate.of(9999, 12, 31)), "9999-12-31"));
    }

    @ParameterizedTest(name = "\"{0}\" is {2}")
    @MethodSource({"accepted", "historical"})
    void parse_reads_each_accepted_form_at_its_own_precision(String text, Period expected, String canonical) {
        Period period = Period.parse(text);

        assertAll(
                () -> assertEquals(expected, period),
                () -> assertEquals(expected.getClass(), period.getClass(), "precision"),
                () -> assertEquals(canonical, period.toText()));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("2025-13", "no such date", "MonthOfYear", ACCEPTED),
                Arguments.of("2025-00", "no such date", "MonthOfYear", ACCEPTED),
                Arguments.of("2025-02-30", "no such date", "FEBRUARY 30", ACCEPTED),
                Arguments.of("2025-02-29", "no such date", "not a leap year", ACCEPTED),
                Arguments.of("April 31, 2025", "no such date", "APRIL 31", ACCEPTED),
                Arguments.of("0999", "no such date", "year 0999 is before 1000", NO_YEAR),
                Arguments.of("10000", NO_YEAR, "with the year for YYYY", NO_YEAR),
                Arguments.of("2025-03/2025-01", "the interval ends before it begins", "write the earlier end first",
                        "2025-01/2025-03"),
                Arguments.of("2025-02/2025", "the interval ends before it begins", "write the earlier end first",
                        "2025-01/2025-03"),
                Arguments.of("2025-01/", ACCEPTED, "a year 2025", ACCEPTED),
                Arguments.of("2025-01/2025-02/2025-03", ACCEPTED, "a year 2025", ACCEPTED),
                Arguments.of("next spring", NO_YEAR, "a year YYYY", NO_YEAR),
                Arguments.of("Ja 2025", "\"ja\" is not a month name", ACCEPTED, ACCEPTED),
                Arguments.of("", "the text is empty", NO_YEAR, NO_YEAR),
                Arguments.of("   ", "the text is empty", NO_YEAR, NO_YEAR),
                // a refusal shows the forms with the text's own year, never one of its own choosing
                Arguments.of("1863-13", "no such date", "MonthOfYear", HISTORICAL),
                Arguments.of("July 32, 1863", "no such date", "DayOfMonth", HISTORICAL),
                Arguments.of("July 3-1, 1863", "the interval ends before it begins", "write the earlier end first",
                        "1863-01/1863-03"),
                Arguments.of("Juli 1863", "\"juli\" is not a month name", HISTORICAL, HISTORICAL),
                Arguments.of("summer 1863", HISTORICAL, "a year 1863", HISTORICAL),
                Arguments.of("June 31 – July 3, 1863", "no such date", "JUNE 31", HISTORICAL));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("rejected")
    void parse_rejects_a_text_saying_why_and_what_is_accepted(String text, String why, String detail, String forms) {
        TextRefusals.assertRefused(Period::parse, "period", text, why, detail, forms);
    }

    /** Historians' days, day ranges in words and dashed intervals. */
    static Stream<Arguments> historical() {
        return Stream.of(
                Arguments.of("1863-7-1", day(1863, 7, 1), "1863-07-01"),
                Arguments.of("1 July 1863", day(1863, 7, 1), "1863-07-01"),
                Arguments.of("July 1-3, 1863", Period.between(day(1863, 7, 1), day(1863, 7, 3)), "1863-07-01/1863-07-03"),
                Arguments.of("July 1\u20133, 1863", Period.between(day(1863, 7, 1), day(1863, 7, 3)),
                        "1863-07-01/1863-07-03"),
                Arguments.of("1\u20133 July 1863", Period.between(day(1863, 7, 1), day(1863, 7, 3)),
                        "1863-07-01/1863-07-03"),
                Arguments.of("1-3 Jul. 1863", Period.between(day(1863, 7, 1), day(1863, 7, 3)), "1863-07-01/1863-07-03"),
                Arguments.of("June 30 \u2013 July 3, 1863", Period.between(day(1863, 6, 30), day(1863, 7, 3)),
                        "1863-06-30/1863-07-03"),
                Arguments.of("30 June \u2013 3 July 1863", Period.between(day(1863, 6, 30), day(1863, 7, 3)),
                        "1863-06-30/1863-07-03"),
                Arguments.of("July 1863 \u2013 May 1864", Period.between(Period.of(YearMonth.of(1863, 7)),
                        Period.of(YearMonth.of(1864, 5))), "1863-07/1864-05"),
                Arguments.of("July 1863 - May 1864", Period.between(Period.of(YearMonth.of(1863, 7)),
                        Period.of(YearMonth.of(1864, 5))), "1863-07/1864-05"),
                Arguments.of("July 1863 to May 1864", Period.between(Period.of(YearMonth.of(1863, 7)),
                        Period.of(YearMonth.of(1864, 5))), "1863-07/1864-05"),
                Arguments.of("1861\u20131865", Period.between(Period.of(java.time.Year.of(1861)),
                        Period.of(java.time.Year.of(1865))), "1861/1865"));
    }

    private static Period day(int year, int month, int day) {
        return Period.of(LocalDate.of(year, month, day));
    }
}
