package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tally.core.model.Estimates;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Ledgers;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.testing.GeneratedLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReconciliationTest {

    private static final Ledger SAMPLE = SampleLedger.load();
    private static final String FORCES = SampleLedger.FORCES;

    private static Reconciliation sample(String date, String metric) {
        return Reconciliation.of(Knowledge.at(SAMPLE, LocalDate.parse(date)), FORCES, metric).orElseThrow();
    }

    /**
     * The figures of the given sources, all of one metric, reconciled: sources a (graded A), e1 and
     * e2 (E), u1 to u3 (ungraded).
     */
    private static Reconciliation reconciled(Estimates... figures) {
        Ledgers ledger = aLedger()
                .with(graded("a", Reliability.A)).with(graded("e1", Reliability.E)).with(graded("e2", Reliability.E))
                .with(Source.of("u1", "u1", SourceKind.MEDIA)).with(Source.of("u2", "u2", SourceKind.MEDIA))
                .with(Source.of("u3", "u3", SourceKind.MEDIA));
        Stream.of(figures).forEach(ledger::with);
        Ledger built = ledger.build();
        return Reconciliation.of(Knowledge.ofAll(built), Ledgers.FORCES, built.estimates().get(0).metric())
                .orElseThrow();
    }

    private static Source graded(String id, Reliability grade) {
        return Source.of(id, id, SourceKind.MEDIA).withReliability(grade);
    }

    private static Estimates by(String source, String figure) {
        return anEstimate().by(source).of("killed").value(figure);
    }

    /** The April briefing has no day: on 2 April it is possibly known, from 30 April known. */
    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({"2025-02-28, ~4000", "2025-04-02, ~4000", "2025-04-29, ~4000", "2025-04-30, ~4700", "2025-05-01, ~4700"})
    void casualties_reconcile_to_what_had_been_reported_by_the_end_of_its_period(String date, String figure) {
        Reconciliation casualties = sample(date, "casualties");

        assertThat(casualties.contributions()).singleElement().extracting(Contribution::figure)
                .isEqualTo(Quantity.parse(figure));
    }

    @Test
    void a_possibly_known_briefing_counts_when_possibly_known_estimates_are_included() {
        Knowledge april2 = Knowledge.at(SAMPLE, LocalDate.parse("2025-04-02")).includingPossiblyKnown();

        assertThat(Reconciliation.of(april2, FORCES, "casualties").orElseThrow().contributions())
                .singleElement().satisfies(c -> assertThat(c.estimates()).containsExactly("nis-2025-04-casualties"));
    }

    @Test
    void at_the_end_of_february_casualties_are_the_military_tally_alone() {
        Reconciliation casualties = sample("2025-02-28", "casualties");

        assertThat(casualties.low()).isEqualTo(4_000);
        assertThat(casualties.best()).hasValue(4_000);
        assertThat(casualties.high()).hasValue(4_000);
        assertThat(casualties.spread()).hasValue(1.0);
        assertThat(casualties.contributions()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("rok-military");
            assertThat(c.estimates()).containsExactly("rok-military-2025-02-casualties");
            assertThat(c.weight()).isEqualTo(0.5);
        });
    }

    @Test
    void in_may_casualties_are_the_nis_figure() {
        Reconciliation casualties = sample("2025-05-01", "casualties");

        assertThat(List.of(casualties.low(), casualties.best().getAsLong(), casualties.high().getAsLong()))
                .containsExactly(4_700L, 4_700L, 4_700L);
        assertThat(casualties.contributions()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("nis");
            assertThat(c.figure()).isEqualTo(Quantity.approximately(4_700));
        });
    }

    @Test
    void the_increment_is_summed_onto_the_cumulative_deployment() {
        Reconciliation deployed = sample("2025-05-01", "deployed");

        assertThat(deployed.low()).isEqualTo(13_000);
        assertThat(deployed.best()).hasValue(14_000);
        assertThat(deployed.high()).hasValue(15_000);
        assertThat(deployed.spread().getAsDouble()).isCloseTo(15_000.0 / 13_000, within(1e-12));
        assertThat(deployed.contributions()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("us-kr-ua-officials");
            assertThat(c.figure()).isEqualTo(Quantity.range(13_000, 15_000));
            assertThat(c.estimates()).containsExactly("officials-2024-deployed", "rok-military-2025-deployed");
        });
    }

    @Test
    void nothing_is_reconciled_where_nothing_was_known() {
        assertThat(Reconciliation.of(Knowledge.at(SAMPLE, LocalDate.parse("2025-03-31")), FORCES, "deployed")).isEmpty();
        assertThat(Reconciliation.of(Knowledge.ofAll(SAMPLE), FORCES, "missing")).isEmpty();
    }

    @Test
    void increments_alone_are_one_summed_contribution() {
        Reconciliation evacuated = sample("2025-05-01", "evacuated");

        assertThat(evacuated.contributions()).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Quantity.approximately(2_000));
            assertThat(c.estimates()).containsExactly("nis-2025-q1-evacuated");
        });
    }

    @Test
    void only_increments_that_begin_after_the_cumulative_figure_are_summed_onto_it() {
        Reconciliation deployed = reconciled(anEstimate().id("total").by("u1").of("deployed").value("10,000").asOf("2024"),
                anEstimate().id("within").by("u2").of("deployed").value("500").asOf("2024-06").increment(),
                anEstimate().id("after").by("u2").of("deployed").value("3,000").asOf("2025-01/2025-02").increment(),
                anEstimate().id("later").by("u3").of("deployed").value("1,000").asOf("2025-03").increment());

        assertThat(deployed.contributions()).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo(Quantity.exact(14_000));
            assertThat(c.estimates()).containsExactly("total", "after", "later");
        });
    }

    @Test
    void each_source_sums_on_the_increments_that_begin_after_its_own_cumulative_figure() {
        Reconciliation deployed = reconciled(anEstimate().id("total").by("u1").of("deployed").value("10,000").asOf("2024"),
                anEstimate().id("recount").by("u2").of("deployed").value("13,000").asOf("2025-01"),
                anEstimate().id("within").by("u3").of("deployed").value("500").asOf("2024-06").increment(),
                anEstimate().id("after").by("u3").of("deployed").value("3,000").asOf("2025-01/2025-02").increment(),
                anEstimate().id("later").by("u3").of("deployed").value("~1,000").asOf("2025-03").increment());

        assertThat(deployed.contributions()).satisfiesExactly(c -> {
            assertThat(c.estimates()).containsExactly("total", "after", "later");
            assertThat(c.figure()).isEqualTo(Quantity.approximately(14_000));
        }, c -> {
            assertThat(c.estimates()).containsExactly("recount", "later");
            assertThat(c.figure()).isEqualTo(Quantity.approximately(14_000));
        });
    }

    @Test
    void low_and_high_are_the_extremes_and_spread_their_ratio() {
        Reconciliation killed = reconciled(by("u1", "100-200"), by("u2", "150-400"));

        assertThat(killed.low()).isEqualTo(100);
        assertThat(killed.high()).hasValue(400);
        assertThat(killed.spread()).hasValue(4.0);
        assertThat(killed.contributions()).extracting(Contribution::source).containsExactly("u1", "u2");
    }

    @Test
    void ungraded_sources_weigh_alike_so_the_best_is_the_plain_median() {
        assertThat(reconciled(by("u1", "100"), by("u2", "300"), by("u3", "200")).best()).hasValue(200);
    }

    @Test
    void a_well_graded_source_outweighs_two_unreliable_ones() {
        // weights A 1.0, E 0.2, E 0.2: half of 1.4 is reached at once by the A source's 100
        Reconciliation killed = reconciled(by("a", "100"), by("e1", "200"), by("e2", "300"));

        assertThat(killed.best()).hasValue(100);
        assertThat(killed.contributions()).extracting(Contribution::weight).containsExactly(1.0, 0.2, 0.2);
    }

    @Test
    void where_the_running_weight_is_exactly_half_the_best_is_the_mean_rounded_half_up() {
        assertThat(reconciled(by("u1", "100"), by("u2", "201")).best()).hasValue(151);
        assertThat(reconciled(by("u1", "100"), by("u2", "200")).best()).hasValue(150);
    }

    @Test
    void an_upper_bound_has_no_best_and_takes_no_part_in_the_median() {
        Reconciliation killed = reconciled(by("u1", "up to 3,000"), by("u2", "1,000"));

        assertThat(killed.low()).isZero();
        assertThat(killed.best()).hasValue(1_000);
        assertThat(killed.high()).hasValue(3_000);
        assertThat(killed.spread()).isEmpty();
        assertThat(reconciled(by("u1", "up to 3,000")).best()).isEmpty();
    }

    @Test
    void a_lower_bound_leaves_the_high_unbounded() {
        Reconciliation killed = reconciled(by("u1", "at least 300"), by("u2", "500"));

        assertThat(killed.low()).isEqualTo(300);
        assertThat(killed.high()).isEmpty();
        assertThat(killed.spread()).isEmpty();
        assertThat(killed.best()).hasValue(400);
    }

    static Stream<Knowledge> knowledge() {
        Ledger generated = GeneratedLedger.of(2_000, 7, 4, 42);
        return Stream.of(Knowledge.ofAll(SAMPLE), Knowledge.at(SAMPLE, LocalDate.parse("2025-02-15")),
                Knowledge.at(SAMPLE, LocalDate.parse("2025-05-01")), Knowledge.ofAll(generated),
                Knowledge.at(generated, LocalDate.parse("2021-06-15")));
    }

    @ParameterizedTest
    @MethodSource("knowledge")
    void all_is_every_subject_and_metric_reconciled_alone(Knowledge knowledge) {
        List<Reconciliation> each = knowledge.ledger().subjects().stream()
                .flatMap(s -> knowledge.ledger().metrics().stream()
                        .map(m -> Reconciliation.of(knowledge, s.id(), m.id())))
                .flatMap(Optional::stream).toList();

        List<Reconciliation> all = Reconciliation.all(knowledge);

        assertThat(each).isNotEmpty();
        assertThat(all).containsExactlyInAnyOrderElementsOf(each);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(Reconciliation::subject)
                .thenComparing(Reconciliation::metric));
    }
}
