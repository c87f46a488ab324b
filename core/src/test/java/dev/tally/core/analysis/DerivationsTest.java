package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimates;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.sample.SampleLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DerivationsTest {

    private static final Ledger SAMPLE = SampleLedger.load();

    private static List<DerivedEstimate> derived(Knowledge knowledge, String metric) {
        return Derivations.of(knowledge).stream().filter(d -> d.metric().equals(metric)).toList();
    }

    private static Knowledge at(String date) {
        return Knowledge.at(SAMPLE, LocalDate.parse(date));
    }

    @Test
    void wounded_is_the_nis_casualties_less_the_killed() {
        assertThat(derived(Knowledge.ofAll(SAMPLE), "wounded")).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("derived:wounded:nis-2025-04-casualties");
            assertThat(d.subject()).isEqualTo(SampleLedger.FORCES);
            assertThat(d.source()).hasValue("nis");
            assertThat(d.quantity()).isEqualTo(Quantity.approximately(4_100));
            assertThat(d.asOf()).isEqualTo(Period.parse("2025-04"));
            assertThat(d.rule()).isEqualTo("casualties − killed");
            assertThat(d.inputs()).containsExactly("nis-2025-04-casualties", "nis-2025-04-killed");
        });
    }

    static Stream<String> datesAfterTheJanuaryBriefing() {
        return Stream.of("2025-01-31", "2025-02-15", "2025-05-01", "+999999999-12-31");
    }

    /** An update leaves the January figures true for January: their sum stays derivable. */
    @ParameterizedTest
    @MethodSource("datesAfterTheJanuaryBriefing")
    void casualties_are_the_january_killed_plus_wounded_once_both_are_known(String date) {
        assertThat(derived(at(date), "casualties")).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("derived:casualties:nis-2025-01-killed");
            assertThat(d.source()).hasValue("nis");
            assertThat(d.quantity()).isEqualTo(Quantity.approximately(3_000));
            assertThat(d.asOf()).isEqualTo(Period.parse("2025-01"));
            assertThat(d.rule()).isEqualTo("killed + wounded");
            assertThat(d.inputs()).containsExactly("nis-2025-01-killed", "nis-2025-01-wounded");
        });
    }

    @Test
    void nothing_is_derived_before_the_figures_are_known() {
        assertThat(Derivations.of(at("2024-12-31"))).isEmpty();
        assertThat(derived(at("2025-03-31"), "wounded")).isEmpty();
    }

    @Test
    void the_running_total_of_deployed_names_both_inputs() {
        assertThat(derived(at("2025-05-01"), "deployed")).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("derived:deployed:officials-2024-deployed");
            assertThat(d.source()).isEmpty();
            assertThat(d.quantity()).isEqualTo(Quantity.range(13_000, 15_000));
            assertThat(d.asOf()).isEqualTo(Period.parse("2025-02"));
            assertThat(d.inputs()).containsExactly("officials-2024-deployed", "rok-military-2025-deployed");
        });
    }

    @Test
    void the_sample_derives_the_january_casualties_the_total_deployed_and_the_april_wounded() {
        assertThat(Derivations.of(Knowledge.ofAll(SAMPLE))).extracting(DerivedEstimate::id).containsExactly(
                "derived:casualties:nis-2025-01-killed", "derived:deployed:officials-2024-deployed",
                "derived:wounded:nis-2025-04-casualties");
    }

    @Test
    void a_running_total_names_its_source_only_when_every_input_is_of_it_and_is_as_of_its_latest_input() {
        Ledger oneSource = aLedger()
                .with(anEstimate().id("total").by("nis").of("deployed").value("10,000").asOf("2024"))
                .with(anEstimate().id("march").by("nis").of("deployed").value("1,000").asOf("2025-03").increment())
                .with(anEstimate().id("winter").by("nis").of("deployed").value("3,000").asOf("2025-01/2025-02")
                        .increment())
                .build();
        Ledger twoSources = aLedger()
                .with(anEstimate().id("total").by("nis").of("deployed").value("10,000").asOf("2024"))
                .with(anEstimate().id("march").by("rok-military").of("deployed").value("1,000").asOf("2025-03")
                        .increment())
                .with(anEstimate().id("winter").by("rok-military").of("deployed").value("3,000")
                        .asOf("2025-01/2025-02").increment())
                .build();

        assertThat(Derivations.of(Knowledge.ofAll(oneSource))).singleElement().satisfies(d -> {
            assertThat(d.source()).hasValue("nis");
            assertThat(d.asOf()).isEqualTo(Period.parse("2025-03"));
            assertThat(d.quantity()).isEqualTo(Quantity.exact(14_000));
            assertThat(d.inputs()).containsExactly("total", "winter", "march");
        });
        assertThat(Derivations.of(Knowledge.ofAll(twoSources))).singleElement()
                .satisfies(d -> assertThat(d.source()).isEmpty());
    }

    @Test
    void a_running_total_keeps_a_stated_best_unless_an_increment_is_an_upper_bound() {
        Estimates total = anEstimate().id("total").of("deployed").value("10,000 (8,000-12,000)").asOf("2024");

        assertThat(Derivations.of(Knowledge.ofAll(aLedger().with(total).with(anEstimate().id("march").of("deployed")
                .value("500").asOf("2025-03").increment()).build()))).extracting(DerivedEstimate::quantity)
                .containsExactly(Quantity.bestWithin(10_500, 8_500, 12_500));
        assertThat(Derivations.of(Knowledge.ofAll(aLedger().with(total).with(anEstimate().id("march").of("deployed")
                .value("at most 500").asOf("2025-03").increment()).build()))).extracting(DerivedEstimate::quantity)
                .containsExactly(Quantity.range(8_000, 12_500));
    }

    @Test
    void a_corrected_part_is_no_input() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("killed").of("killed").value("300").asOf("2025-01"))
                .with(anEstimate().id("wounded").of("wounded").value("2,700").asOf("2025-01"))
                .with(anEstimate().id("fixed").of("killed").value("30").asOf("2025-02")
                        .revising(RevisionKind.CORRECTION, "killed"))
                .build();

        assertThat(Derivations.of(Knowledge.at(ledger, LocalDate.parse("2025-01-31"))))
                .extracting(DerivedEstimate::quantity).containsExactly(Quantity.exact(3_000));
        assertThat(Derivations.of(Knowledge.ofAll(ledger))).isEmpty();
    }

    @Test
    void a_later_figure_for_the_same_period_replaces_the_earlier_as_input() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("cas").of("casualties").value("1,000").asOf("2025-01"))
                .with(anEstimate().id("killed-early").of("killed").value("100").asOf("2025-01"))
                .with(anEstimate().id("killed-late").of("killed").value("200").asOf("2025-01").reported("2025-03")
                        .revising("killed-early"))
                .build();

        assertThat(Derivations.of(Knowledge.ofAll(ledger))).singleElement().satisfies(d -> {
            assertThat(d.quantity()).isEqualTo(Quantity.exact(800));
            assertThat(d.inputs()).containsExactly("cas", "killed-late");
        });
    }

    @Test
    void a_range_less_a_range_runs_from_low_less_high_to_high_less_low() {
        assertThat(span(bounds("10-20").minus(bounds("3-5")))).isEqualTo(span(5, OptionalLong.of(17), false));
        assertThat(bounds("10-20").minus(bounds("3-5")).toQuantity()).isEqualTo(Quantity.range(5, 17));
        assertThat(bounds("~4700").minus(bounds("600")).toQuantity()).isEqualTo(Quantity.approximately(4_100));
    }

    @Test
    void a_difference_never_falls_below_zero() {
        assertThat(span(bounds("1-2").minus(bounds("5-6")))).isEqualTo(span(0, OptionalLong.of(0), false));
        assertThat(span(bounds("4-10").minus(bounds("6-8")))).isEqualTo(span(0, OptionalLong.of(4), false));
    }

    @Test
    void a_lower_bound_leaves_a_sum_or_difference_unbounded_where_it_must() {
        assertThat(span(bounds(">=10").minus(bounds("3")))).isEqualTo(span(7, OptionalLong.empty(), false));
        assertThat(span(bounds("10").minus(bounds(">=3")))).isEqualTo(span(0, OptionalLong.of(7), false));
        assertThat(span(bounds(">=10").minus(bounds(">=3")))).isEqualTo(span(0, OptionalLong.empty(), false));
        assertThat(span(bounds(">=10").plus(bounds("3-5")))).isEqualTo(span(13, OptionalLong.empty(), false));
        assertThat(bounds(">=10").plus(bounds("3")).toQuantity()).isEqualTo(Quantity.atLeast(13));
        assertThat(bounds("<=10").plus(bounds("3")).toQuantity()).isEqualTo(Quantity.range(3, 13));
    }

    @Test
    void a_stated_best_inside_bounds_carries_through_sums_and_differences() {
        assertThat(bounds("25 (20-40)").plus(bounds("5")).toQuantity()).isEqualTo(Quantity.bestWithin(30, 25, 45));
        assertThat(bounds("25 (20-40)").minus(bounds("1 (1-10)")).toQuantity())
                .isEqualTo(Quantity.bestWithin(24, 10, 39));
        assertThat(bounds("10-20").plus(bounds("3-5")).toQuantity()).isEqualTo(Quantity.range(13, 25));
    }

    /** The bounds without the best values they carry. */
    private static Bounds span(Bounds bounds) {
        return span(bounds.low(), bounds.high(), bounds.approximate());
    }

    private static Bounds span(long low, OptionalLong high, boolean approximate) {
        return new Bounds(low, high, approximate, OptionalLong.empty(), false);
    }

    @Property
    void a_sum_contains_every_sum_of_values_the_inputs_allow(@ForAll("pick") Pick a, @ForAll("pick") Pick b) {
        Bounds sum = Bounds.of(a.quantity()).plus(Bounds.of(b.quantity()));

        assertThat(contains(sum, a.value() + b.value())).isTrue();
    }

    @Property
    void a_difference_contains_every_difference_of_values_the_inputs_allow(@ForAll("pick") Pick a,
                                                                          @ForAll("pick") Pick b) {
        Bounds difference = Bounds.of(a.quantity()).minus(Bounds.of(b.quantity()));

        assertThat(contains(difference, Math.max(0, a.value() - b.value()))).isTrue();
        assertThat(difference.low()).isNotNegative();
    }

    private static boolean contains(Bounds bounds, long value) {
        return bounds.low() <= value && bounds.high().orElse(Long.MAX_VALUE) >= value;
    }

    private static Bounds bounds(String figure) {
        return Bounds.of(Quantity.parse(figure));
    }

    /** A quantity and a value it allows. */
    record Pick(Quantity quantity, long value) {
    }

    @Provide
    Arbitrary<Pick> pick() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Quantity> quantities = Arbitraries.oneOf(
                counts.map(Quantity::exact), counts.map(Quantity::approximately),
                counts.map(Quantity::atLeast), counts.map(Quantity::atMost),
                Combinators.combine(counts, counts).as((x, y) -> Quantity.range(Math.min(x, y), Math.max(x, y))));
        return quantities.flatMap(q -> Arbitraries.longs().between(q.low(), q.high().orElse(q.low() + 5_000_000))
                .map(v -> new Pick(q, v)));
    }
}
