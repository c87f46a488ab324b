package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Estimates;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Ledgers;
import dev.tally.core.model.RevisionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RollupTest {

    private static Estimates event(String id, String day, String deaths) {
        return anEstimate().id(id).by("nis").of("killed").value(deaths).asOf(day).increment();
    }

    private static Estimates cumulative(String id, String month, String figure) {
        return anEstimate().id(id).by("nis").of("killed").value(figure).asOf(month);
    }

    private static List<BucketTotal> monthly(Knowledge knowledge) {
        return Rollup.of(knowledge, BucketSize.MONTH).totals();
    }

    private static List<BucketTotal> monthly(Estimates... estimates) {
        return monthly(Knowledge.ofAll(ledger(estimates)));
    }

    private static Ledger ledger(Estimates... estimates) {
        Ledgers ledger = aLedger();
        Stream.of(estimates).forEach(ledger::with);
        return ledger.build();
    }

    /** Each total as {@code bucket low/best/high}, a dash where absent. */
    private static List<String> figures(List<BucketTotal> totals) {
        return totals.stream().map(t -> t.bucket().label() + " " + t.low() + "/" + text(t.best()) + "/" + text(t.high()))
                .toList();
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "-";
    }

    @Test
    void increments_are_summed_per_month_low_with_low_best_with_best_high_with_high() {
        List<BucketTotal> totals = monthly(event("a", "2015-05-02", "25 (20-40)"), event("b", "2015-05-20", "10-20"),
                event("c", "2015-06-01", "3"));

        assertThat(figures(totals)).containsExactly("2015-05 30/40/60", "2015-06 3/3/3");
        assertThat(totals.get(0).estimates()).extracting(Estimate::id).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_total_has_no_best_when_a_part_names_none() {
        assertThat(figures(monthly(event("a", "2015-05-02", "up to 5"), event("b", "2015-05-03", "3"))))
                .containsExactly("2015-05 3/-/8");
    }

    @Test
    void a_total_is_unbounded_when_a_part_is() {
        assertThat(figures(monthly(event("a", "2015-05-02", "at least 10"), event("b", "2015-05-03", "3"))))
                .containsExactly("2015-05 13/13/-");
    }

    @Test
    void an_event_spanning_a_month_boundary_counts_whole_in_the_month_it_ends() {
        List<BucketTotal> totals = monthly(event("a", "2015-06-30/2015-07-02", "9"), event("b", "2015-07-10", "1"));

        assertThat(figures(totals)).containsExactly("2015-07 10/10/10");
        assertThat(totals.get(0).spanning()).isEqualTo(1);
    }

    @Test
    void an_event_within_one_month_does_not_count_as_spanning() {
        assertThat(monthly(event("a", "2015-07-01/2015-07-03", "9"))).singleElement()
                .extracting(BucketTotal::spanning).isEqualTo(0);
    }

    @Test
    void a_revised_event_counts_once_with_its_revised_figure() {
        Ledger ledger = ledger(event("a", "2015-05-02", "10").reported("2015-05-03"),
                event("a2", "2015-05-02", "12").reported("2015-06-10").revising(RevisionKind.CORRECTION, "a"),
                event("b", "2015-05-08", "1").reported("2015-05-09"));

        assertThat(figures(monthly(Knowledge.ofAll(ledger)))).containsExactly("2015-05 13/13/13");
        assertThat(figures(monthly(Knowledge.at(ledger, LocalDate.parse("2015-05-31")))))
                .containsExactly("2015-05 11/11/11");
    }

    @Test
    void an_updated_event_counts_once_too() {
        assertThat(figures(monthly(event("a", "2015-05-02", "10"),
                event("a2", "2015-05-02", "12").revising("a")))).containsExactly("2015-05 12/12/12");
    }

    @Test
    void an_event_reported_after_the_date_is_left_out() {
        Ledger ledger = ledger(event("a", "2015-05-02", "10"), event("b", "2015-05-20", "5").reported("2015-06-02"));

        assertThat(figures(monthly(Knowledge.at(ledger, LocalDate.parse("2015-06-01")))))
                .containsExactly("2015-05 10/10/10");
    }

    @Test
    void a_running_total_counts_its_change_and_a_fall_without_a_correction_counts_as_none() {
        assertThat(figures(monthly(cumulative("jan", "2015-01", "100"), cumulative("feb", "2015-02", "150"),
                cumulative("mar", "2015-03", "120"), cumulative("apr", "2015-04", "160"))))
                .containsExactly("2015-01 100/100/100", "2015-02 50/50/50", "2015-03 0/0/0", "2015-04 10/10/10");
    }

    @Test
    void a_running_total_of_ranges_changes_by_interval_arithmetic() {
        assertThat(figures(monthly(cumulative("y", "2024", "10000-12000"), cumulative("n", "2025-01", "13000-15000"))))
                .containsExactly("2024-12 10000/11000/12000", "2025-01 1000/3000/5000");
    }

    @Test
    void a_correction_lowers_the_change_of_its_own_month_once_it_is_known() {
        Ledger ledger = ledger(cumulative("jan", "2015-01", "100"), cumulative("feb", "2015-02", "150"),
                cumulative("feb2", "2015-02", "130").reported("2015-03").revising(RevisionKind.CORRECTION, "feb"));

        assertThat(figures(monthly(Knowledge.ofAll(ledger)))).containsExactly("2015-01 100/100/100", "2015-02 30/30/30");
        assertThat(figures(monthly(Knowledge.at(ledger, LocalDate.parse("2015-02-28")))))
                .containsExactly("2015-01 100/100/100", "2015-02 50/50/50");
    }

    @Test
    void an_updated_running_total_keeps_the_earlier_figure_for_its_own_month() {
        assertThat(figures(monthly(cumulative("jan", "2015-01", "100"),
                cumulative("feb", "2015-02", "150").revising("jan"))))
                .containsExactly("2015-01 100/100/100", "2015-02 50/50/50");
    }

    @Test
    void increments_a_later_running_total_covers_are_not_added_again() {
        assertThat(figures(monthly(cumulative("jan", "2015-01", "100"), event("feb", "2015-02-10", "20"),
                cumulative("mar", "2015-03", "130"), event("apr", "2015-04-02", "5"))))
                .containsExactly("2015-01 100/100/100", "2015-03 30/30/30", "2015-04 5/5/5");
    }

    @Test
    void totals_are_kept_apart_by_source_and_sorted_by_source_then_bucket() {
        List<BucketTotal> totals = monthly(event("b1", "2015-06-02", "2").by("rok-military"),
                event("a1", "2015-06-02", "1"), event("a0", "2015-05-02", "4"));

        assertThat(totals).extracting(t -> t.source() + " " + t.bucket().label() + " " + t.low())
                .containsExactly("nis 2015-05 4", "nis 2015-06 1", "rok-military 2015-06 2");
    }

    @ParameterizedTest(name = "{0} by {1}: {2} from {3} to {4}")
    @CsvSource({
        "2015-01-01, week, 2015-W01, 2014-12-29, 2015-01-04",
        "2016-01-03, week, 2015-W53, 2015-12-28, 2016-01-03",
        "2015-05-14, week, 2015-W20, 2015-05-11, 2015-05-17",
        "2015-05-14, month, 2015-05, 2015-05-01, 2015-05-31",
        "2016-02-10, month, 2016-02, 2016-02-01, 2016-02-29",
        "2015-05-14, quarter, 2015-Q2, 2015-04-01, 2015-06-30",
        "2015-12-31, quarter, 2015-Q4, 2015-10-01, 2015-12-31",
        "2015-05-14, year, 2015, 2015-01-01, 2015-12-31"})
    void a_day_falls_in_its_calendar_bucket(String day, String size, String label, String start, String end) {
        assertThat(BucketSize.parse(size).bucketOf(LocalDate.parse(day)))
                .isEqualTo(new Bucket(label, LocalDate.parse(start), LocalDate.parse(end)));
    }

    @Test
    void weeks_quarters_and_years_sum_the_same_events() {
        Ledger ledger = ledger(event("a", "2015-05-10", "1"), event("b", "2015-05-11", "2"), event("c", "2015-07-01", "4"));

        assertThat(figures(Rollup.of(Knowledge.ofAll(ledger), BucketSize.WEEK).totals()))
                .containsExactly("2015-W19 1/1/1", "2015-W20 2/2/2", "2015-W27 4/4/4");
        assertThat(figures(Rollup.of(Knowledge.ofAll(ledger), BucketSize.QUARTER).totals()))
                .containsExactly("2015-Q2 3/3/3", "2015-Q3 4/4/4");
        assertThat(figures(Rollup.of(Knowledge.ofAll(ledger), BucketSize.YEAR).totals()))
                .containsExactly("2015 7/7/7");
    }

    @Test
    void an_unknown_bucket_size_is_refused_with_the_choices() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> BucketSize.parse("day"));

        assertThat(refused).hasMessage("\"day\" is not a bucket size; use week, month, quarter or year");
    }
}
