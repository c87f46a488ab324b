package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The period value: its first and last day, what it contains, and how periods sort. */
class PeriodTest {

    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of("2025-04-30", "2025-04-30", "2025-04-30"),
                Arguments.of("2025-04", "2025-04-01", "2025-04-30"),
                Arguments.of("2024-02", "2024-02-01", "2024-02-29"),
                Arguments.of("2025-02", "2025-02-01", "2025-02-28"),
                Arguments.of("2024", "2024-01-01", "2024-12-31"),
                Arguments.of("2025-01/2025-03", "2025-01-01", "2025-03-31"),
                Arguments.of("2024/2025-01-15", "2024-01-01", "2025-01-15"));
    }

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @MethodSource("bounds")
    void a_period_runs_from_its_first_to_its_last_day_inclusive(String text, String start, String end) {
        Period period = Period.parse(text);

        assertAll(
                () -> assertEquals(LocalDate.parse(start), period.start(), "start"),
                () -> assertEquals(LocalDate.parse(end), period.end(), "end"),
                () -> assertTrue(period.contains(LocalDate.parse(start)), "contains its start"),
                () -> assertTrue(period.contains(LocalDate.parse(end)), "contains its end"),
                () -> assertFalse(period.contains(LocalDate.parse(start).minusDays(1)), "the day before"),
                () -> assertFalse(period.contains(LocalDate.parse(end).plusDays(1)), "the day after"));
    }

    @ParameterizedTest(name = "{0} runs from epoch day of {1} to that of {2}")
    @MethodSource("bounds")
    void the_epoch_days_that_order_periods_are_those_of_the_first_and_last_day(String text, String start,
                                                                                  String end) {
        Period period = Period.parse(text);

        assertAll(
                () -> assertEquals(LocalDate.parse(start).toEpochDay(), PeriodDays.start(period), "start"),
                () -> assertEquals(LocalDate.parse(end).toEpochDay(), PeriodDays.end(period), "end"));
    }

    @Test
    void periods_sort_by_end_then_start_then_text() {
        List<Period> sorted = Stream.of("2024", "2025-01/2025-03", "2025-03", "2025-03-31", "2025-04", "2025-04-30",
                "2025").map(Period::parse).toList();
        List<Period> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);

        Collections.sort(shuffled);

        assertEquals(sorted, shuffled);
    }

    @Test
    void a_day_and_the_month_it_fills_are_not_equal_and_do_not_compare_as_equal() {
        Period january = Period.parse("2025-01");
        Period wholeJanuary = Period.parse("2025-01-01/2025-01-31");

        assertEquals(january.start(), wholeJanuary.start());
        assertEquals(january.end(), wholeJanuary.end());
        assertNotEquals(january, wholeJanuary);
        assertNotEquals(0, january.compareTo(wholeJanuary));
    }

    @Test
    void to_string_is_the_canonical_text() {
        assertEquals("2025-04-30", Period.of(LocalDate.of(2025, 4, 30)).toString());
        assertEquals("2025-04", Period.of(YearMonth.of(2025, 4)).toString());
        assertEquals("2024", Period.of(java.time.Year.of(2024)).toString());
        assertEquals("2025-01/2025-03", Period.parse("2025-01/2025-03").toString());
    }

    @Test
    void an_interval_refuses_an_interval_as_an_end() {
        Period interval = Period.parse("2025-01/2025-03");

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Period.between(interval, Period.parse("2025-04")));

        assertEquals("an interval's ends must be days, months or years", refusal.getMessage());
    }

    @Test
    void an_interval_refuses_to_end_before_it_begins() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Period.between(Period.parse("2025-03"), Period.parse("2025-01")));

        assertEquals("the interval 2025-03/2025-01 ends before it begins", refusal.getMessage());
    }

    @Test
    void a_period_refuses_a_year_without_four_digits() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Period.of(LocalDate.of(999, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> Period.of(YearMonth.of(10_000, 1)));

        assertTrue(refusal.getMessage().contains("from 1000 to 9999: 999"), refusal.getMessage());
    }
}
