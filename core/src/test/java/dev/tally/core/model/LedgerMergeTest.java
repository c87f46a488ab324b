package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an import does to a ledger: adds what is new, skips what is there, and refuses a clash of ids. */
class LedgerMergeTest {

    @Test
    void merge_adds_new_estimates_skips_identical_ones_and_counts_both() {
        Ledger target = aLedger().with(anEstimate().asOf("2025-01")).build();
        Ledger incoming = aLedger().with(anEstimate().asOf("2025-01")).with(anEstimate().asOf("2025-02"))
                .with(anEstimate().asOf("2025-03")).build();

        LedgerMerge.Result result = LedgerMerge.merge(target, incoming);

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.ledger()).hasValueSatisfying(merged -> assertThat(merged.estimates())
                .extracting(Estimate::id)
                .containsExactly("nis-killed-2025-01", "nis-killed-2025-02", "nis-killed-2025-03"));
    }

    @Test
    void merge_into_an_empty_ledger_brings_the_sources_subjects_and_metrics_along() {
        Metric seen = new Metric("seen", "Seen", "people", Optional.empty(), Optional.empty(), List.of());
        Ledger incoming = aLedger().with(seen).with(anEstimate().of("seen")).build();

        LedgerMerge.Result result = LedgerMerge.merge(Ledger.empty(), incoming);

        assertThat(result.ledger()).contains(incoming);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.skipped()).isZero();
    }

    @Test
    void merge_gives_no_ledger_and_names_both_versions_when_an_id_holds_different_content() {
        Estimate existing = anEstimate().id("e1").value("600").build();
        Estimate incoming = anEstimate().id("e1").value("700").build();

        LedgerMerge.Result result = LedgerMerge.merge(aLedger().build().with(existing),
                aLedger().build().with(incoming).with(anEstimate().asOf("2025-05").build()));

        assertThat(result.ledger()).isEmpty();
        assertThat(result.added()).isZero();
        assertThat(result.skipped()).isZero();
        assertThat(result.conflicts()).containsExactly(new LedgerMerge.Conflict(LedgerViolation.Part.ESTIMATE,
                new RecordChange<>("e1", existing, incoming, List.of(new FieldChange("Figure", "600", "700", false)))));
    }

    @Test
    void merge_with_a_revision_kind_adds_the_changed_estimate_as_a_new_one_revising_the_old() {
        Estimate existing = anEstimate().id("e1").value("600").build();
        Estimate incoming = anEstimate().id("e1").value("650").build();

        LedgerMerge.Result result = LedgerMerge.merge(aLedger().build().with(existing),
                aLedger().build().with(incoming), Optional.of(RevisionKind.CORRECTION));

        Ledger merged = result.ledger().orElseThrow();
        assertThat(result.revised()).isEqualTo(1);
        assertThat(merged.estimate("e1")).contains(existing);
        Estimate correction = merged.estimates().get(1);
        assertThat(correction.id()).matches("e1-correction-[0-9a-f]{10}");
        assertThat(correction.quantity()).isEqualTo(Quantity.exact(650));
        assertThat(correction.revises()).containsExactly(new Revision("e1", RevisionKind.CORRECTION));
    }

    @Test
    void merging_the_same_edit_twice_adds_its_revision_once() {
        Ledger target = aLedger().build().with(anEstimate().id("e1").value("600").build());
        Ledger edited = aLedger().build().with(anEstimate().id("e1").value("650").build());
        Ledger once = LedgerMerge.merge(target, edited, Optional.of(RevisionKind.UPDATE)).ledger().orElseThrow();

        LedgerMerge.Result again = LedgerMerge.merge(once, edited, Optional.of(RevisionKind.UPDATE));

        assertThat(again.ledger()).contains(once);
        assertThat(again.added() + again.revised()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.unlisted()).isEmpty();
    }

    @Test
    void merge_keeps_and_lists_the_estimates_the_incoming_ledger_no_longer_holds() {
        Ledger target = aLedger().with(anEstimate().asOf("2025-01")).with(anEstimate().asOf("2025-02")).build();
        Ledger incoming = aLedger().with(anEstimate().asOf("2025-02")).build();

        LedgerMerge.Result result = LedgerMerge.merge(target, incoming);

        assertThat(result.ledger()).contains(target);
        assertThat(result.unlisted()).containsExactly("nis-killed-2025-01");
    }
}
