package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.sample.SampleLedger;
import org.junit.jupiter.api.Test;

/** What a diff of two ledgers says: records added, removed and changed field by field, revisions added. */
class LedgerDiffTest {

    private static final Ledger SAMPLE = SampleLedger.load();

    @Test
    void a_ledger_and_itself_differ_in_nothing() {
        assertThat(LedgerDiff.between(SAMPLE, SampleLedger.load()).isEmpty()).isTrue();
    }

    @Test
    void an_edited_estimate_is_changed_field_by_field_in_the_order_of_its_fields() {
        Estimate killed = SAMPLE.estimate("nis-2025-04-killed").orElseThrow();
        Ledger edited = replace(SAMPLE, killed.toBuilder().quantity("650").note(null).build());

        LedgerDiff diff = LedgerDiff.between(SAMPLE, edited);

        assertThat(diff.estimates().changed()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo("nis-2025-04-killed");
            assertThat(change.fields()).extracting(FieldChange::toText)
                    .containsExactly("Figure: 600 → 650", "Note: \"cremated in Russia\" → \"\"");
        });
        assertThat(diff.estimates().added()).isEmpty();
        assertThat(diff.estimates().removed()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void a_renamed_source_an_added_metric_and_an_added_revision_are_each_named() {
        Metric detained = Metric.of("detained", "Detained");
        Estimate january = anEstimate().asOf("2025-01").build();
        Ledger before = Ledger.builder().add(Source.of("nis", "NIS", SourceKind.INTELLIGENCE))
                .add(new Subject(Ledgers.FORCES, "Forces")).add(january).build();
        Ledger after = Ledger.builder().add(Source.of("nis", "National Intelligence Service", SourceKind.INTELLIGENCE))
                .add(new Subject(Ledgers.FORCES, "Forces")).add(detained).add(january)
                .add(anEstimate().asOf("2025-02").revising(RevisionKind.CORRECTION, "nis-killed-2025-01").build())
                .build();

        LedgerDiff diff = LedgerDiff.between(before, after);

        assertThat(diff.sources().changed()).singleElement().extracting(RecordChange::fields).asList()
                .extracting(f -> ((FieldChange) f).toText())
                .containsExactly("Name: \"NIS\" → \"National Intelligence Service\"");
        assertThat(diff.metrics().added()).containsExactly(detained);
        assertThat(diff.estimates().added()).extracting(Estimate::id).containsExactly("nis-killed-2025-02");
        assertThat(diff.revisionsAdded()).containsExactly(
                new RevisionLink("nis-killed-2025-02", "nis-killed-2025-01", RevisionKind.CORRECTION));
        assertThat(diff.revisionsRemoved()).isEmpty();
    }

    @Test
    void the_diff_the_other_way_round_is_the_reversed_diff() {
        Ledger before = aLedger().with(anEstimate().asOf("2025-01")).with(anEstimate().asOf("2025-02")).build();
        Ledger after = aLedger().with(anEstimate().asOf("2025-01").value("700")).with(anEstimate().asOf("2025-03"))
                .build();

        assertThat(LedgerDiff.between(after, before)).isEqualTo(LedgerDiff.between(before, after).reversed());
        assertThat(LedgerDiff.between(before, after).estimates().removed()).extracting(Estimate::id)
                .containsExactly("nis-killed-2025-02");
    }

    @Test
    void an_empty_value_shows_as_quotes_for_text_and_as_none_otherwise() {
        assertThat(new FieldChange("Via", "", "lawmakers", true).toText()).isEqualTo("Via: \"\" → \"lawmakers\"");
        assertThat(new FieldChange("Credibility", "2", "", false).toText()).isEqualTo("Credibility: 2 → (none)");
        assertThat(new FieldChange("Note", "say \"hi\"", "", true).toText()).isEqualTo("Note: \"say \\\"hi\\\"\" → \"\"");
    }

    private static Ledger replace(Ledger ledger, Estimate estimate) {
        Ledger.Builder builder = Ledger.builder();
        ledger.sources().forEach(builder::add);
        ledger.subjects().forEach(builder::add);
        ledger.metrics().forEach(builder::add);
        ledger.estimates().forEach(e -> builder.add(e.id().equals(estimate.id()) ? estimate : e));
        return builder.build();
    }
}
