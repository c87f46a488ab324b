package dev.tally.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.InvalidLedgerException;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerMerge;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Quantity;
import dev.tally.core.sample.SampleLedger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A ledger whose casualties are killed, wounded, missing and captured, as military historians count them: the
 * ledger holds its own definition, and derivations and checks use it.
 */
class RedefinedMetricsTest {

    static final Metric CASUALTIES = new Metric("casualties", "Casualties (killed, wounded, missing or captured)",
            "people", Optional.empty(), Optional.of("deployed"), List.of("losses"));
    static final Metric MISSING = new Metric("missing", "Missing", "people", Optional.of("casualties"),
            Optional.empty(), List.of("MIA", "missing in action"));
    static final Metric CAPTURED = new Metric("captured", "Captured", "people", Optional.of("casualties"),
            Optional.empty(), List.of("POW", "prisoners"));

    /** The ledger of a historian: Gettysburg, Union army, as Fox and the Official Records count it. */
    private static Ledger historians(Estimate... estimates) {
        Ledger.Builder builder = Ledger.builder().add(dev.tally.core.model.Source.of("fox", "William F. Fox",
                dev.tally.core.model.SourceKind.ACADEMIC)).add(new dev.tally.core.model.Subject("union", "Union army"))
                .add(CASUALTIES).add(MISSING).add(CAPTURED);
        Stream.of(estimates).forEach(builder::add);
        return builder.build();
    }

    private static Estimate figure(String metric, String quantity) {
        return Estimate.builder().id("fox-" + metric).source("fox").subject("union").metric(metric).quantity(quantity)
                .asOf("1863-07").reported("1898").build();
    }

    @Test
    void a_ledger_redefines_built_in_metrics_in_their_place_and_names_them() {
        Ledger ledger = historians();

        assertThat(ledger.redefinedMetrics()).containsExactly(CASUALTIES, MISSING, CAPTURED);
        assertThat(ledger.metrics()).hasSize(MetricCatalog.builtIn().size());
        assertThat(ledger.metric("casualties")).contains(CASUALTIES);
        assertThat(ledger.isPartOf("captured", "casualties")).isTrue();
        assertThat(SampleLedger.load().redefinedMetrics()).isEmpty();
    }

    @Test
    void a_second_definition_of_a_redefined_built_in_is_refused() {
        InvalidLedgerException refusal = org.junit.jupiter.api.Assertions.assertThrows(InvalidLedgerException.class,
                () -> historians().with(Metric.of("casualties", "Casualties again")));

        assertThat(refusal.violations()).singleElement().extracting(v -> v.message()).isEqualTo("metric id "
                + "\"casualties\" is a built-in metric that the ledger already redefines otherwise; define it once");
    }

    @Test
    void killed_and_casualties_derive_no_wounded_when_casualties_also_count_missing_and_captured() {
        Ledger ledger = historians(figure("casualties", "23,049"), figure("killed", "3,155"));

        assertThat(Derivations.of(Knowledge.ofAll(ledger))).isEmpty();
    }

    @Test
    void the_one_missing_part_derives_from_the_whole_less_the_three_others() {
        Ledger ledger = historians(figure("casualties", "23,049"), figure("killed", "3,155"),
                figure("missing", "5,365"), figure("captured", "0"));

        assertThat(Derivations.of(Knowledge.ofAll(ledger))).singleElement().satisfies(d -> {
            assertThat(d.metric()).isEqualTo("wounded");
            assertThat(d.quantity()).isEqualTo(Quantity.exact(23_049 - 3_155 - 5_365));
            assertThat(d.rule()).isEqualTo("casualties − killed − missing − captured");
        });
    }

    @Test
    void parts_exceed_the_whole_counting_missing_and_captured_as_parts() {
        Ledger ledger = historians(figure("casualties", "8,000"), figure("killed", "3,155"),
                figure("missing", "5,365"));
        Ledger builtIn = SampleLedger.load().toBuilder().build();

        assertThat(Checks.standard().run(Knowledge.ofAll(ledger))).extracting(Finding::rule)
                .contains("parts-exceed-whole");
        assertThat(Checks.standard().run(Knowledge.ofAll(builtIn))).extracting(Finding::rule)
                .doesNotContain("parts-exceed-whole");
    }

    @Test
    void merging_ledgers_that_define_a_metric_differently_is_a_conflict_and_changes_nothing() {
        LedgerMerge.Result result = LedgerMerge.merge(SampleLedger.load(), historians());

        assertThat(result.ledger()).isEmpty();
        assertThat(result.conflicts()).extracting(LedgerMerge.Conflict::id)
                .containsExactly("casualties", "missing", "captured");
    }

    static Stream<Arguments> joinedNames() {
        return Stream.of(
                Arguments.of(Ledger.empty(), "killed and wounded", "casualties"),
                Arguments.of(Ledger.empty(), "wounded & killed", "casualties"),
                Arguments.of(historians(), "killed, wounded, missing and captured", "casualties"),
                Arguments.of(historians(), "KIA/WIA/MIA/POW", "casualties"),
                Arguments.of(historians(), "losses", "casualties"));
    }

    @ParameterizedTest(name = "\"{1}\" is {2}")
    @MethodSource("joinedNames")
    void a_name_that_joins_metrics_finds_the_metric_whose_parts_are_exactly_those(Ledger ledger, String name,
                                                                                  String metric) {
        assertThat(ledger.findMetric(name)).map(Metric::id).contains(metric);
    }

    static Stream<Arguments> unmatchedJoinedNames() {
        return Stream.of(
                Arguments.of(Ledger.empty(), "missing or captured", Metric.of("missing-captured", "Missing or captured")),
                Arguments.of(Ledger.empty(), "MIA/POW", Metric.of("missing-captured", "MIA/POW")),
                Arguments.of(historians(), "killed and wounded", Metric.of("killed-wounded", "Killed and wounded")),
                Arguments.of(historians(), "killed, wounded and missing",
                        Metric.of("killed-wounded-missing", "Killed, wounded and missing")));
    }

    @ParameterizedTest(name = "\"{1}\" proposes {2}")
    @MethodSource("unmatchedJoinedNames")
    void a_joined_name_no_metric_stands_for_proposes_the_metric_to_add(Ledger ledger, String name, Metric proposed) {
        assertThat(ledger.findMetric(name)).isEmpty();
        assertThat(ledger.proposedJoinedMetric(name)).contains(proposed);
    }

    @Test
    void a_name_that_joins_no_metric_names_proposes_nothing() {
        assertThat(Ledger.empty().proposedJoinedMetric("goats and sheep")).isEmpty();
        assertThat(Ledger.empty().proposedJoinedMetric("killed")).isEmpty();
    }
}
