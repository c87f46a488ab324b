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
        assertThat(result.conflicts()).containsExactly(new LedgerMerge.Conflict("e1", existing, incoming));
    }
}
