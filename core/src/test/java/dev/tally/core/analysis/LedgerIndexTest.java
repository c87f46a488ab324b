package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.FORCES;
import static dev.tally.core.model.Ledgers.WORKERS;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LedgerIndexTest {

    /** Subjects alternate, so that grouping them moves every estimate; "forces" sorts before "workers". */
    private static final Ledger LEDGER = aLedger()
            .with(anEstimate().id("w1").about(WORKERS).by("rok-military").of("killed").value("100").asOf("2025-01"))
            .with(anEstimate().id("f1").about(FORCES).of("wounded").value("~200").asOf("2025-02").reported("2025-05"))
            .with(anEstimate().id("w2").about(WORKERS).of("killed").value("300-400").asOf("2025-03")
                    .revising(RevisionKind.CORRECTION, "w1"))
            .with(anEstimate().id("f2").about(FORCES).of("killed").value("500").asOf("2025-01").reported("2025-03")
                    .increment())
            .with(anEstimate().id("w3").about(WORKERS).of("killed").value("450").asOf("2025-04").revising("w2"))
            .build();

    private static String[] ids(LedgerIndex index, int... positions) {
        return Arrays.stream(positions).mapToObj(index::id).toArray(String[]::new);
    }

    @Test
    void positions_group_the_estimates_by_subject_keeping_the_ledger_order_within_each() {
        LedgerIndex index = Knowledge.ofAll(LEDGER).index();

        assertThat(ids(index, IntStream.range(0, 5).toArray())).containsExactly("f1", "f2", "w1", "w2", "w3");
        assertThat(index.subject).containsExactly(0, 0, 1, 1, 1);
        assertThat(index.subjectOf(1)).isEqualTo(WORKERS);
        assertThat(index.metric).containsExactly(index.metricCode("wounded"), 0, 0, 0, 0);
        assertThat(index.source).containsExactly(0, 0, 1, 0, 0);
        assertThat(index.sourceOf(1)).isEqualTo("rok-military");
        assertThat(index.known()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void each_position_holds_its_estimates_figure_basis_periods_and_revisions() {
        LedgerIndex index = Knowledge.ofAll(LEDGER).index();

        assertThat(index.low).containsExactly(200, 500, 100, 300, 450);
        assertThat(index.high[3]).isEqualTo(400);
        assertThat(index.form(0)).isEqualTo(Quantity.Form.APPROXIMATE);
        assertThat(index.form(3)).isEqualTo(Quantity.Form.RANGE);
        assertThat(index.increment).containsExactly(false, true, false, false, false);
        assertThat(index.period(0)).isEqualTo(Period.parse("2025-02"));
        assertThat(index.reportedLastDay(1)).isEqualTo(LocalDate.parse("2025-03-31").toEpochDay());
        assertThat(index.superseded).containsExactly(false, false, true, true, false);
        assertThat(index.withdrawn).containsExactly(false, false, true, false, false);
    }

    @Test
    void known_positions_leave_out_estimates_reported_after_the_date_and_their_revisions() {
        LedgerIndex index = Knowledge.at(LEDGER, LocalDate.parse("2025-03-31")).index();

        assertThat(ids(index, index.known())).containsExactly("f2", "w1", "w2");
        assertThat(index.superseded).containsExactly(false, false, true, false, false);
    }

    @Test
    void possibly_known_positions_count_as_known_only_when_included() {
        Knowledge inMay = Knowledge.at(LEDGER, LocalDate.parse("2025-05-10"));

        assertThat(ids(inMay.index(), inMay.index().known())).containsExactly("f2", "w1", "w2", "w3");
        LedgerIndex including = inMay.includingPossiblyKnown().index();
        assertThat(ids(including, including.known())).containsExactly("f1", "f2", "w1", "w2", "w3");
    }

    @Test
    void by_start_orders_each_series_by_the_first_day_of_its_period() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("late").asOf("2025-03"))
                .with(anEstimate().id("early").asOf("2025-01-10/2025-03-31"))
                .with(anEstimate().id("middle").asOf("2025-02"))
                .build();
        LedgerIndex index = Knowledge.ofAll(ledger).index();

        assertThat(ids(index, index.byStart())).containsExactly("early", "middle", "late");
    }
}
