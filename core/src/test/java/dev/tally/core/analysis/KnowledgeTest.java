package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.RevisionKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnowledgeTest {

    private static final Ledger LEDGER = aLedger()
            .with(anEstimate().id("old").of("killed").value("300").asOf("2025-01"))
            .with(anEstimate().id("new").of("killed").value("600").asOf("2025-02").reported("2025-04").revising("old"))
            .build();

    private static Estimate estimate(String id) {
        return LEDGER.estimate(id).orElseThrow();
    }

    @Test
    void an_estimate_is_known_from_the_start_of_its_reported_period() {
        Ledger ledger = aLedger().with(anEstimate().id("feb").asOf("2025-02")).build();
        Estimate reportedInFebruary = ledger.estimate("feb").orElseThrow();

        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-01-31")).isKnown(reportedInFebruary)).isFalse();
        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-02-01")).isKnown(reportedInFebruary)).isTrue();
        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-02-15")).isKnown(reportedInFebruary)).isTrue();
    }

    @Test
    void an_estimate_is_superseded_only_once_its_revision_is_known() {
        Knowledge before = Knowledge.at(LEDGER, LocalDate.parse("2025-03-31"));
        Knowledge after = Knowledge.at(LEDGER, LocalDate.parse("2025-04-01"));

        assertThat(before.isSuperseded(estimate("old"))).isFalse();
        assertThat(before.revisedBy(estimate("old"))).isEmpty();
        assertThat(before.current().map(Estimate::id)).containsExactly("old");
        assertThat(after.isSuperseded(estimate("old"))).isTrue();
        assertThat(after.revisedBy(estimate("old"))).extracting(Estimate::id).containsExactly("new");
        assertThat(after.current().map(Estimate::id)).containsExactly("new");
    }

    @Test
    void nothing_is_known_before_the_first_report() {
        Knowledge knowledge = Knowledge.at(LEDGER, LocalDate.parse("2024-12-31"));

        assertThat(knowledge.known()).isEmpty();
        assertThat(knowledge.current()).isEmpty();
    }

    @Test
    void of_all_knows_every_estimate_and_supersedes_by_every_revision() {
        Knowledge all = Knowledge.ofAll(LEDGER);

        assertThat(all.date()).isEqualTo(LocalDate.MAX);
        assertThat(all.ledger()).isSameAs(LEDGER);
        assertThat(all.known().map(Estimate::id)).containsExactly("old", "new");
        assertThat(all.current().map(Estimate::id)).containsExactly("new");
    }

    @Test
    void an_update_supersedes_without_withdrawing() {
        Knowledge all = Knowledge.ofAll(LEDGER);

        assertThat(all.isWithdrawn(estimate("old"))).isFalse();
        assertThat(all.standing().map(Estimate::id)).containsExactly("old", "new");
    }

    @Test
    void a_correction_or_a_retraction_withdraws_once_known() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("wrong").of("killed").value("300").asOf("2025-01"))
                .with(anEstimate().id("fixed").of("killed").value("30").asOf("2025-01").reported("2025-03")
                        .revising(RevisionKind.CORRECTION, "wrong"))
                .with(anEstimate().id("claimed").of("wounded").value("900").asOf("2025-01"))
                .with(anEstimate().id("withdrawn").of("wounded").value("0").asOf("2025-02")
                        .revising(RevisionKind.RETRACTION, "claimed"))
                .build();

        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-01-31")).standing().map(Estimate::id))
                .containsExactly("wrong", "claimed");
        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-02-28")).standing().map(Estimate::id))
                .containsExactly("wrong", "withdrawn");
        assertThat(Knowledge.ofAll(ledger).standing().map(Estimate::id)).containsExactly("fixed", "withdrawn");
    }
}
