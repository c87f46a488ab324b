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
    @MethodSource("accepted")
    void parse_reads_each_accepted_form_at_its_own_precision(String text, Period expected, String canonical) {
        Period period = Period.parse(text);

        assertAll(
                () -> assertEquals(expected, period),
                () -> assertEquals(expected.getClass(), period.getClass(), "precision"),
                () -> assertEquals(canonical, period.toText()));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("2025-13", "no such date", "MonthOfYear"),
                Arguments.of("2025-00", "no such date", "MonthOfYear"),
                Arguments.of("2025-02-30", "no such date", "FEBRUARY 30"),
                Arguments.of("2025-02-29", "no such date", "not a leap year"),
                Arguments.of("April 31, 2025", "no such date", "APRIL 31"),
                Arguments.of("0999", "no such date", "year 0999 is before 1000"),
                Arguments.of("10000", ACCEPTED, "a year 2025"),
                Arguments.of("2025-03/2025-01", "the interval ends before it begins", "write the earlier end first"),
                Arguments.of("2025-02/2025", "the interval ends before it begins", "write the earlier end first"),
                Arguments.of("2025-01/", ACCEPTED, "a year 2025"),
                Arguments.of("2025-01/2025-02/2025-03", ACCEPTED, "a year 2025"),
                Arguments.of("next spring", ACCEPTED, "a year 2025"),
                Arguments.of("Ja 2025", "\"ja\" is not a month name", ACCEPTED),
                Arguments.of("", "the text is empty", ACCEPTED),
                Arguments.of("   ", "the text is empty", ACCEPTED));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("rejected")
    void parse_rejects_a_text_saying_why_and_what_is_accepted(String text, String why, String detail) {
        TextRefusals.assertRefused(Period::parse, "period", text, why, detail, "2025-01/2025-03");
    }
}
