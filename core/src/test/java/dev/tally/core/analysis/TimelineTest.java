package dev.tally.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;
import dev.tally.core.sample.SampleLedger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Ledger SAMPLE = SampleLedger.load();
    private static final String FORCES = SampleLedger.FORCES;

    private static List<List<String>> ids(List<List<Estimate>> chains) {
        return chains.stream().map(c -> c.stream().map(Estimate::id).toList()).toList();
    }

    @Test
    void the_casualties_run_in_period_order_with_both_revision_chains() {
        Timeline casualties = Timeline.of(Knowledge.ofAll(SAMPLE), FORCES, "casualties");

        assertThat(casualties.subject()).isEqualTo(FORCES);
        assertThat(casualties.metric()).isEqualTo("casualties");
        assertThat(casualties.date()).isEqualTo(LocalDate.MAX);
        assertThat(casualties.estimates()).extracting(Estimate::id)
                .containsExactly("rok-military-2025-02-casualties", "nis-2025-04-casualties");
        assertThat(ids(casualties.chains())).containsExactly(
                List.of("nis-2025-01-killed", "rok-military-2025-02-casualties", "nis-2025-04-casualties"),
                List.of("nis-2025-01-wounded", "rok-military-2025-02-casualties", "nis-2025-04-casualties"));
        assertThat(casualties.derived()).extracting(DerivedEstimate::quantity)
                .containsExactly(Quantity.approximately(3_000));
    }

    @Test
    void the_wounded_timeline_holds_the_derived_april_figure() {
        Timeline wounded = Timeline.of(Knowledge.ofAll(SAMPLE), FORCES, "wounded");

        assertThat(wounded.estimates()).extracting(Estimate::id).containsExactly("nis-2025-01-wounded");
        assertThat(wounded.chains()).isEmpty();
        assertThat(wounded.derived()).singleElement().satisfies(d -> {
            assertThat(d.quantity()).isEqualTo(Quantity.approximately(4_100));
            assertThat(d.inputs()).containsExactly("nis-2025-04-casualties", "nis-2025-04-killed");
        });
    }

    @Test
    void the_timeline_as_known_at_the_end_of_february_ends_with_the_military_tally() {
        Timeline casualties = Timeline.of(Knowledge.at(SAMPLE, LocalDate.parse("2025-02-28")), FORCES, "casualties");

        assertThat(casualties.estimates()).extracting(Estimate::id).containsExactly("rok-military-2025-02-casualties");
        assertThat(ids(casualties.chains())).containsExactly(
                List.of("nis-2025-01-killed", "rok-military-2025-02-casualties"),
                List.of("nis-2025-01-wounded", "rok-military-2025-02-casualties"));
    }

    @Test
    void the_killed_run_from_january_to_april_in_one_chain() {
        Timeline killed = Timeline.of(Knowledge.ofAll(SAMPLE), FORCES, "killed");

        assertThat(killed.estimates()).extracting(Estimate::id).containsExactly("nis-2025-01-killed", "nis-2025-04-killed");
        assertThat(ids(killed.chains())).containsExactly(List.of("nis-2025-01-killed", "nis-2025-04-killed"));
    }

    @Test
    void an_unknown_series_has_an_empty_timeline() {
        Timeline missing = Timeline.of(Knowledge.ofAll(SAMPLE), FORCES, "missing");

        assertThat(missing.estimates()).isEmpty();
        assertThat(missing.derived()).isEmpty();
        assertThat(missing.chains()).isEmpty();
    }
}
