package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Estimates;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Ledgers;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PeriodComparisonTest {

    private static Estimates event(String source, String id, String day, String deaths) {
        return anEstimate().id(id).by(source).of("killed").value(deaths).asOf(day).increment();
    }

    private static List<PeriodComparison> compared(Estimates... estimates) {
        Ledgers ledger = aLedger().with(Source.of("graded", "graded", SourceKind.NGO).withReliability(Reliability.A));
        Stream.of(estimates).forEach(ledger::with);
        Ledger built = ledger.build();
        return PeriodComparison.of(Rollup.of(Knowledge.ofAll(built), BucketSize.MONTH), built);
    }

    @Test
    void a_month_both_sources_report_has_their_totals_the_ratio_and_the_largest_events_of_the_larger() {
        List<PeriodComparison> months = compared(event("nis", "n1", "2015-05-02", "60"),
                event("nis", "n2", "2015-05-03", "5"), event("nis", "n3", "2015-05-04", "30"),
                event("nis", "n4", "2015-05-05", "10"), event("rok-military", "r1", "2015-05-02", "10-20"));

        PeriodComparison may = months.get(0);
        assertThat(may.bucket().label()).isEqualTo("2015-05");
        assertThat(may.singleSource()).isFalse();
        assertThat(may.totals()).extracting(t -> t.source() + " " + t.rank())
                .containsExactly("nis 105", "rok-military 15");
        assertThat(may.ratio().getAsDouble()).isCloseTo(7.0, within(1e-9));
        assertThat(may.low()).isEqualTo(10);
        assertThat(may.high()).hasValue(105);
        assertThat(may.gap()).extracting(Estimate::id).containsExactly("n1", "n3", "n4");
    }

    @Test
    void a_month_only_one_source_reports_is_kept_and_marked_without_a_ratio() {
        List<PeriodComparison> months = compared(event("nis", "n1", "2015-05-02", "6"),
                event("rok-military", "r1", "2015-05-02", "3"), event("nis", "n2", "2015-06-02", "4"));

        assertThat(months).extracting(m -> m.bucket().label() + " " + m.singleSource())
                .containsExactly("2015-05 false", "2015-06 true");
        assertThat(months.get(1).ratio()).isEmpty();
        assertThat(months.get(1).gap()).extracting(Estimate::id).containsExactly("n2");
    }

    @Test
    void the_reconciled_best_is_the_median_of_the_totals_weighted_by_reliability() {
        List<PeriodComparison> months = compared(event("nis", "n1", "2015-05-02", "100"),
                event("graded", "g1", "2015-05-02", "10"));

        assertThat(months.get(0).best()).isEqualTo(OptionalLong.of(10));
    }

    @Test
    void no_ratio_when_the_lowest_total_is_zero() {
        assertThat(compared(event("nis", "n1", "2015-05-02", "6"), event("rok-military", "r1", "2015-05-02", "0"))
                .get(0).ratio()).isEmpty();
    }
}
