package dev.tally.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.testing.GeneratedLedger;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every view runs through large ledgers: quadratic work would not finish. The timeouts only guard
 * against a hang; speed is measured by {@link AnalysisBenchmark}.
 */
class AnalysisAtScaleTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void every_view_runs_through_200000_estimates_over_200_subjects_and_20_sources() {
        Ledger ledger = GeneratedLedger.of(200_000, 200, 20, 7);
        String subject = GeneratedLedger.subject(0);
        String lastCasualties = GeneratedLedger.id(200_000 - 5 * 200 * 20);

        for (Knowledge knowledge : new Knowledge[] {Knowledge.ofAll(ledger),
                Knowledge.at(ledger, LocalDate.parse("2020-06-15"))}) {
            assertThat(Picture.of(knowledge).entries()).isNotEmpty();
            assertThat(Reconciliation.all(knowledge)).hasSizeLessThanOrEqualTo(200 * 4);
            assertThat(Derivations.of(knowledge)).isNotEmpty();
            assertThat(Checks.standard().run(knowledge)).isNotEmpty();
            assertThat(Timeline.of(knowledge, subject, "casualties").estimates()).isNotEmpty();
            History.of(knowledge, lastCasualties);
        }
        Knowledge all = Knowledge.ofAll(ledger);
        assertThat(Picture.of(all).entries()).hasSize(200 * 20 * 4);
        assertThat(Reconciliation.all(all)).hasSize(200 * 4);
        assertThat(Timeline.of(all, subject, "casualties").estimates()).hasSize(200_000 / 200 / 5);
        assertThat(History.of(all, lastCasualties).orElseThrow().earlier()).hasSize(200_000 / (200 * 20 * 5) - 1);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void every_view_runs_through_revision_chains_of_20000_estimates() {
        Ledger ledger = GeneratedLedger.of(100_000, 1, 1, 11);
        Knowledge all = Knowledge.ofAll(ledger);
        Estimate last = ledger.estimates().get(100_000 - 5);

        assertThat(Picture.of(all).entries()).hasSize(4);
        assertThat(Reconciliation.all(all)).hasSize(4);
        assertThat(Derivations.of(all)).isNotEmpty();
        Checks.standard().run(all);
        assertThat(Timeline.of(all, GeneratedLedger.subject(0), "casualties").chains())
                .singleElement().satisfies(chain -> assertThat(chain).hasSize(20_000).endsWith(last));
        assertThat(History.of(all, GeneratedLedger.id(0)).orElseThrow().later()).hasSize(20_000 - 1);
    }
}
