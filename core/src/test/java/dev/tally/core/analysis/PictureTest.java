package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;
import dev.tally.core.sample.SampleLedger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PictureTest {

    private static final Ledger SAMPLE = SampleLedger.load();
    private static final String FORCES = SampleLedger.FORCES;

    private static Picture at(String date) {
        return Picture.of(Knowledge.at(SAMPLE, LocalDate.parse(date)));
    }

    @Test
    void at_the_end_of_february_the_military_tally_stands_and_the_january_figures_are_superseded() {
        Picture picture = at("2025-02-28");

        assertThat(picture.date()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(picture.entries()).extracting(Estimate::id).containsExactly("rok-military-2025-02-casualties");
        assertThat(picture.entries(FORCES, "casualties")).singleElement()
                .satisfies(e -> assertThat(e.quantity()).isEqualTo(Quantity.approximately(4_000)));
        assertThat(picture.entries(FORCES, "killed")).isEmpty();
        assertThat(picture.entries(FORCES, "wounded")).isEmpty();
    }

    @Test
    void in_may_nis_gives_the_casualties_and_the_killed() {
        Picture picture = at("2025-05-01");

        assertThat(picture.entries(FORCES, "casualties")).extracting(Estimate::id, Estimate::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nis-2025-04-casualties",
                        Quantity.approximately(4_700)));
        assertThat(picture.entries(FORCES, "killed")).extracting(Estimate::id, Estimate::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nis-2025-04-killed", Quantity.exact(600)));
        assertThat(picture.entries(FORCES, "deployed")).extracting(Estimate::id)
                .containsExactly("rok-military-2025-deployed", "officials-2024-deployed");
    }

    @Test
    void the_entries_are_sorted_by_subject_metric_and_source() {
        assertThat(at("2025-05-01").entries()).extracting(Estimate::id).containsExactly(
                "nis-2025-04-casualties", "rok-military-2025-deployed", "officials-2024-deployed",
                "nis-2025-q1-evacuated", "nis-2025-04-killed", "nis-2025-04-laborers");
    }

    @Test
    void nothing_is_in_the_picture_before_the_first_report() {
        assertThat(at("2024-12-31").entries()).isEmpty();
    }

    @Test
    void each_source_gives_its_latest_figure_by_period() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("march").value("500").asOf("2025-03").reported("2025-04"))
                .with(anEstimate().id("february").value("400").asOf("2025-02").reported("2025-05"))
                .with(anEstimate().id("military").by("rok-military").value("450").asOf("2025-01"))
                .build();

        Picture picture = Picture.of(Knowledge.ofAll(ledger));

        assertThat(picture.entries()).extracting(Estimate::id).containsExactly("march", "military");
    }
}
