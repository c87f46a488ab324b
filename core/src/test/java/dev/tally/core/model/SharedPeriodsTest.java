package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Months and years of the years most ledgers name are one instance each; others are made anew. */
class SharedPeriodsTest {

    @Test
    void a_month_or_a_year_from_1900_to_2199_is_one_instance() {
        for (YearMonth month : new YearMonth[] {YearMonth.of(1900, 1), YearMonth.of(2025, 4), YearMonth.of(2199, 12)}) {
            assertThat(Period.of(month)).isSameAs(Period.of(YearMonth.of(month.getYear(), month.getMonthValue())))
                    .isEqualTo(new Period.Month(month));
        }
        for (int year : new int[] {1900, 2025, 2199}) {
            assertThat(Period.of(Year.of(year))).isSameAs(Period.of(Year.of(year))).isEqualTo(new Period.Year(Year.of(year)));
        }
        assertThat(Period.of(YearMonth.of(2025, 4))).isNotEqualTo(Period.of(YearMonth.of(2025, 5)));
        assertThat(Period.of(Year.of(2025))).isNotEqualTo(Period.of(Year.of(2026)));
    }

    @Test
    void a_month_or_a_year_outside_them_is_made_anew_and_still_checked() {
        for (YearMonth month : new YearMonth[] {YearMonth.of(1899, 12), YearMonth.of(2200, 1)}) {
            assertThat(Period.of(month)).isNotSameAs(Period.of(month)).isEqualTo(Period.of(month));
        }
        for (int year : new int[] {1899, 2200}) {
            assertThat(Period.of(Year.of(year))).isNotSameAs(Period.of(Year.of(year))).isEqualTo(Period.of(Year.of(year)));
        }
        assertThatThrownBy(() -> Period.of(YearMonth.of(999, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(Year.of(10_000))).isInstanceOf(IllegalArgumentException.class);
    }
}
