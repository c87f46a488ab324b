package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.FORCES;
import static dev.tally.core.model.Ledgers.WORKERS;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.testing.GeneratedLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The positions of what each estimate names, found as the ledger is checked. */
class EstimateReferencesTest {

    private static final Ledger SMALL = aLedger()
            .with(anEstimate().id("a").by("nis").about(FORCES).of("killed").asOf("2025-01"))
            .with(anEstimate().id("b").by("rok-military").about(WORKERS).of("wounded").asOf("2025-01"))
            .with(anEstimate().id("c").by("nis").about(FORCES).of("casualties").asOf("2025-02"))
            .with(anEstimate().id("d").by("rok-military").about(FORCES).of("casualties").asOf("2025-03")
                    .revising("a", "c"))
            .with(anEstimate().id("e").by("nis").about(FORCES).of("killed").asOf("2025-04")
                    .revising(RevisionKind.CORRECTION, "a"))
            .build();

    @Test
    void references_give_the_positions_of_each_estimates_subject_source_metric_and_revised_estimates() {
        EstimateReferences references = SMALL.references();

        assertThat(references.size()).isEqualTo(5);
        assertThat(references.subjects()).containsExactly(0, 1, 0, 0, 0);
        assertThat(references.sources()).containsExactly(0, 1, 0, 1, 0);
        assertThat(references.metrics()).containsExactly(metricPosition(SMALL, "killed"),
                metricPosition(SMALL, "wounded"), metricPosition(SMALL, "casualties"),
                metricPosition(SMALL, "casualties"), metricPosition(SMALL, "killed"));
        assertThat(revisions(references)).containsExactly("3>0 update", "3>2 update", "4>0 withdraws");
        assertThat(references.revised(3, 0)).isEqualTo(0);
        assertThat(references.revised(3, 1)).isEqualTo(2);
        assertThat(references.revised(4, 0)).isEqualTo(0);
        assertThat(references.subject(1)).isEqualTo(1);
        assertThat(references.source(3)).isEqualTo(1);
        assertThat(references.metric(0)).isEqualTo(metricPosition(SMALL, "killed"));
    }

    @Test
    void references_find_an_estimate_by_id_and_refuse_positions_out_of_range() {
        EstimateReferences references = SMALL.references();

        assertThat(references.estimate("c")).isEqualTo(2);
        assertThat(references.estimate("no-such")).isEqualTo(-1);
        assertThat(Ledger.empty().references().estimate("a")).isEqualTo(-1);
        assertThat(Ledger.empty().references().size()).isZero();
        assertThatThrownBy(() -> references.subject(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> references.metric(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> references.revised(0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> references.revised(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void references_are_the_same_whether_estimates_are_added_at_once_in_batches_or_one_at_a_time() {
        Ledger generated = GeneratedLedger.of(150, 7, 3, 1);
        List<Estimate> estimates = generated.estimates();
        Ledger.Builder start = Ledger.builder();
        generated.sources().forEach(start::add);
        generated.subjects().forEach(start::add);
        estimates.subList(0, 10).forEach(start::add);
        Ledger oneByOne = start.build();
        for (Estimate estimate : estimates.subList(10, 75)) {
            oneByOne = oneByOne.with(estimate);
        }
        Ledger.Builder batch = oneByOne.toBuilder();
        estimates.subList(75, 150).forEach(batch::add);
        Ledger inBatches = batch.build();

        for (Ledger ledger : List.of(generated, inBatches)) {
            assertReferencesResolve(ledger);
        }
        assertReferencesResolve(oneByOne);
    }

    @Test
    void references_stay_as_they_were_when_a_metric_redefines_a_built_in_one() {
        Metric casualties = SMALL.metric("casualties").orElseThrow();
        Ledger redefined = SMALL.with(new Metric("casualties", "Casualties, missing included", casualties.unit(),
                casualties.partOf(), casualties.cannotExceed(), List.of()));

        assertThat(redefined.references().metrics()).containsExactly(SMALL.references().metrics());
        assertThat(revisions(redefined.references())).isEqualTo(revisions(SMALL.references()));
        assertReferencesResolve(redefined);
    }

    /** Every position names the record the estimate names by id, found here by searching the lists. */
    private static void assertReferencesResolve(Ledger ledger) {
        EstimateReferences references = ledger.references();
        List<Estimate> estimates = ledger.estimates();
        assertThat(references.size()).isEqualTo(estimates.size());
        int[] subjects = expected(estimates, ledger.subjects().stream().map(Subject::id).toList(), Estimate::subject);
        int[] sources = expected(estimates, ledger.sources().stream().map(Source::id).toList(), Estimate::source);
        int[] metrics = expected(estimates, ledger.metrics().stream().map(Metric::id).toList(), Estimate::metric);
        List<String> ids = estimates.stream().map(Estimate::id).toList();
        List<String> revisions = IntStream.range(0, estimates.size()).boxed()
                .flatMap(p -> estimates.get(p).revises().stream().map(revision -> p + ">" + ids.indexOf(revision.target())
                        + (revision.kind() == RevisionKind.UPDATE ? " update" : " withdraws")))
                .toList();
        assertThat(references.subjects()).containsExactly(subjects);
        assertThat(references.sources()).containsExactly(sources);
        assertThat(references.metrics()).containsExactly(metrics);
        assertThat(revisions(references)).isEqualTo(revisions);
        for (int p = 0; p < estimates.size(); p++) {
            assertThat(new int[] {references.subject(p), references.source(p), references.metric(p)})
                    .as("estimate %d", p).containsExactly(subjects[p], sources[p], metrics[p]);
            assertThat(references.estimate(ids.get(p))).isEqualTo(p);
        }
    }

    private static int[] expected(List<Estimate> estimates, List<String> ids, Function<Estimate, String> named) {
        return estimates.stream().mapToInt(estimate -> ids.indexOf(named.apply(estimate))).toArray();
    }

    /** Each revision the references tell, as "estimate>revised kind". */
    private static List<String> revisions(EstimateReferences references) {
        List<String> told = new ArrayList<>();
        references.forEachRevision((estimate, revised, withdraws) ->
                told.add(estimate + ">" + revised + (withdraws ? " withdraws" : " update")));
        return told;
    }

    private static int metricPosition(Ledger ledger, String id) {
        return ledger.metrics().indexOf(ledger.metric(id).orElseThrow());
    }
}
