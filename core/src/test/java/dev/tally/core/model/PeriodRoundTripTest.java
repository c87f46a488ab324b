package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The law of period texts: the canonical text of a period parses back to it. */
class PeriodRoundTripTest {

    @Property
    void parse_reads_the_canonical_text_back_to_an_equal_period(@ForAll("periods") Period period) {
        assertEquals(period, Period.parse(period.toText()));
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Period> points = points();
        Arbitrary<Period> intervals = Combinators.combine(points, points)
                .filter((from, to) -> !to.start().isBefore(from.start()) && !to.end().isBefore(from.end()))
                .as(Period::between);
        return Arbitraries.oneOf(points, intervals);
    }

    /** Days, months and years from 1000 to 9999. */
    private static Arbitrary<Period> points() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1000, 9999);
        Arbitrary<Period> days = Arbitraries.longs()
                .between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(day -> Period.of(LocalDate.ofEpochDay(day)));
        Arbitrary<Period> months = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((year, month) -> Period.of(YearMonth.of(year, month)));
        return Arbitraries.oneOf(days, months, years.map(year -> Period.of(java.time.Year.of(year))));
    }
}
