package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parsers' fast paths for the forms every writer uses ({@code 4,700}, {@code ~4,700},
 * {@code 10,000-12,000}, {@code at least 4,700}, {@code up to 4,700}; {@code 2025}, {@code 2025-04}, {@code 2025-04-30}) read a text exactly as
 * the full parsers do, and take every figure and period the writers write.
 */
class PlainFormsPropertyTest {

    @Property(tries = 3000)
    void a_figure_the_fast_path_reads_is_the_figure_the_full_parser_reads(@ForAll("figureLike") String text) {
        Quantity plain = QuantityText.plain(text);
        if (plain != null) {
            assertThat(plain).as(text).isEqualTo(QuantityText.parseWritten(text).quantity());
        }
    }

    @Property(tries = 3000)
    void a_period_the_fast_path_reads_is_the_period_the_full_parser_reads(@ForAll("periodLike") String text) {
        Period canonical = PeriodText.canonical(text);
        if (canonical != null) {
            assertThat(canonical).as(text).isEqualTo(PeriodText.parseWritten(text));
        }
    }

    @Property(tries = 1000)
    void every_exact_approximate_range_and_bound_figure_as_written_takes_the_fast_path(@ForAll("written") Quantity quantity) {
        assertThat(QuantityText.plain(quantity.toDisplayText())).isEqualTo(quantity);
    }

    @Property(tries = 1000)
    void every_day_month_and_year_as_written_takes_the_fast_path(@ForAll("days") LocalDate day) {
        assertThat(PeriodText.canonical(Period.of(day).toText())).isEqualTo(Period.of(day));
        java.time.YearMonth month = java.time.YearMonth.from(day);
        assertThat(PeriodText.canonical(Period.of(month).toText())).isEqualTo(Period.of(month));
        java.time.Year year = java.time.Year.from(day);
        assertThat(PeriodText.canonical(Period.of(year).toText())).isEqualTo(Period.of(year));
    }

    @Provide
    Arbitrary<String> figureLike() {
        Arbitrary<String> figures = Arbitraries.strings().withChars("0123456789,~-\u2013 ").ofMinLength(0).ofMaxLength(22);
        return Arbitraries.oneOf(figures, figures.map(f -> "at least " + f), figures.map(f -> "up to " + f));
    }

    @Provide
    Arbitrary<String> periodLike() {
        Arbitrary<String> loose = Arbitraries.strings().withChars("0123456789-").ofMinLength(4).ofMaxLength(10);
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 2)).as((y, m, d, form) -> form == 0 ? String.format("%04d", y)
                : form == 1 ? String.format("%04d-%02d", y, m) : String.format("%04d-%02d-%02d", y, m, d));
        return Arbitraries.oneOf(loose, shaped);
    }

    @Provide
    Arbitrary<Quantity> written() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, Quantity.MAX_COUNT);
        return Arbitraries.oneOf(counts.map(Quantity::exact), counts.filter(c -> c > 0).map(Quantity::approximately),
                Combinators.combine(counts, counts).as((a, b) -> Quantity.range(Math.min(a, b), Math.max(a, b))),
                counts.map(Quantity::atLeast), counts.map(Quantity::atMost));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
