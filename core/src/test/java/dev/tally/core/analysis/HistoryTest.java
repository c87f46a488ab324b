package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.sample.SampleLedger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Ledger SAMPLE = SampleLedger.load();
    private static final String MILITARY = "rok-military-2025-02-casualties";

    @Test
    void the_military_tally_revises_the_january_figures_and_is_revised_by_nis() {
        History history = History.of(Knowledge.ofAll(SAMPLE), MILITARY).orElseThrow();

        assertThat(history.focus().id()).isEqualTo(MILITARY);
        assertThat(history.earlier()).extracting(Estimate::id)
                .containsExactly("nis-2025-01-killed", "nis-2025-01-wounded");
        assertThat(history.later()).extracting(Estimate::id).containsExactly("nis-2025-04-casualties");
        assertThat(history.links()).containsExactlyInAnyOrder(
                new History.Link(MILITARY, "nis-2025-01-killed", RevisionKind.UPDATE),
                new History.Link(MILITARY, "nis-2025-01-wounded", RevisionKind.UPDATE),
                new History.Link("nis-2025-04-casualties", MILITARY, RevisionKind.UPDATE));
    }

    @Test
    void the_history_follows_revisions_both_ways_beyond_one_step() {
        History history = History.of(Knowledge.ofAll(SAMPLE), "nis-2025-01-killed").orElseThrow();

        assertThat(history.earlier()).isEmpty();
        assertThat(history.later()).extracting(Estimate::id)
                .containsExactly(MILITARY, "nis-2025-04-casualties", "nis-2025-04-killed");
    }

    @Test
    void as_known_at_the_end_of_february_nothing_has_revised_the_military_tally_yet() {
        History history = History.of(Knowledge.at(SAMPLE, LocalDate.parse("2025-02-28")), MILITARY).orElseThrow();

        assertThat(history.earlier()).hasSize(2);
        assertThat(history.later()).isEmpty();
        assertThat(history.links()).hasSize(2);
    }

    @Test
    void the_links_carry_their_kinds() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("first").value("300").asOf("2025-01"))
                .with(anEstimate().id("fixed").value("350").asOf("2025-01").reported("2025-02")
                        .revising(RevisionKind.CORRECTION, "first"))
                .with(anEstimate().id("gone").value("0").asOf("2025-03").revising(RevisionKind.RETRACTION, "fixed"))
                .build();

        History history = History.of(Knowledge.ofAll(ledger), "fixed").orElseThrow();

        assertThat(history.earlier()).extracting(Estimate::id).containsExactly("first");
        assertThat(history.later()).extracting(Estimate::id).containsExactly("gone");
        assertThat(history.links()).containsExactlyInAnyOrder(
                new History.Link("fixed", "first", RevisionKind.CORRECTION),
                new History.Link("gone", "fixed", RevisionKind.RETRACTION));
        assertThat(History.chains(Knowledge.ofAll(ledger), ledger.estimate("gone").orElseThrow()))
                .singleElement().satisfies(chain -> assertThat(chain).extracting(Estimate::id)
                        .containsExactly("first", "fixed", "gone"));
    }

    @Test
    void an_unknown_or_not_yet_known_estimate_has_no_history() {
        assertThat(History.of(Knowledge.ofAll(SAMPLE), "no-such-estimate")).isEmpty();
        assertThat(History.of(Knowledge.at(SAMPLE, LocalDate.parse("2025-01-31")), MILITARY)).isEmpty();
    }
}
