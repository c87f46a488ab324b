package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.analysis.Knowledge;
import dev.tally.core.testing.LedgerSeeds;
import dev.tally.core.testing.ModelArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of a diff and of a revising merge over generated ledgers A and B, where B is A edited as
 * an analyst edits a workbook: figures and notes changed, rows nobody revises dropped, a source
 * renamed, a metric added, an estimate added (sometimes none of these).
 */
class LedgerDiffPropertyTest {

    private static final List<Source> SOURCES = List.of(Source.of("s0", "Source 0", SourceKind.MEDIA),
            Source.of("s1", "Source 1", SourceKind.MILITARY));
    private static final List<Subject> SUBJECTS = List.of(new Subject("t0", "Subject 0"), new Subject("t1", "Subject 1"));

    /** One edit of the ledger: which estimates change figure or note, which go, what is renamed and added. */
    record Edit(List<Integer> refigured, List<Integer> renoted, List<Integer> dropped, boolean rename,
                boolean addMetric, Optional<Quantity> added) {
    }

    record Pair(Ledger before, Ledger after) {
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<Period> periods = Arbitraries.integers().between(2000, 2020)
                .flatMap(year -> Arbitraries.of(Period.parse(Integer.toString(year)), Period.parse(year + "-03"),
                        Period.parse(year + "-06-15")));
        Arbitrary<Optional<String>> texts = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).optional(0.5);
        Arbitrary<Citation> citations = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(t -> Citation.of(t, t));
        Arbitrary<Ledger> ledgers = LedgerSeeds.seeds(periods, periods, texts, citations, texts).list().ofMaxSize(8)
                .map(seeds -> LedgerSeeds.ledger(SOURCES, SUBJECTS, List.of(), seeds));
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 7).list().ofMaxSize(3);
        Arbitrary<Edit> edits = Combinators.combine(picks, picks, picks, Arbitraries.of(true, false),
                Arbitraries.of(true, false), ModelArbitraries.quantities().optional(0.3)).as(Edit::new);
        return Combinators.combine(ledgers, edits).as((ledger, edit) -> new Pair(ledger, apply(ledger, edit)));
    }

    @Property(tries = 300)
    void the_diff_is_empty_exactly_when_the_ledgers_are_equal(@ForAll("pairs") Pair pair) {
        assertThat(LedgerDiff.between(pair.before(), pair.after()).isEmpty())
                .isEqualTo(pair.before().equals(pair.after()));
        assertThat(LedgerDiff.between(pair.before(), pair.before()).isEmpty()).isTrue();
    }

    @Property(tries = 300)
    void the_diff_of_b_against_a_mirrors_the_diff_of_a_against_b(@ForAll("pairs") Pair pair) {
        assertThat(LedgerDiff.between(pair.after(), pair.before()))
                .isEqualTo(LedgerDiff.between(pair.before(), pair.after()).reversed());
    }

    @Property(tries = 300)
    void after_a_correcting_merge_every_changed_estimate_is_superseded_now_by_a_correction_with_its_content(
            @ForAll("pairs") Pair pair) {
        Ledger before = pair.before();
        Ledger edited = withSourcesOf(before, pair.after());
        LedgerDiff diff = LedgerDiff.between(before, edited);

        Ledger merged = LedgerMerge.merge(before, edited, Optional.of(RevisionKind.CORRECTION)).ledger().orElseThrow();

        Knowledge now = Knowledge.at(merged, LocalDate.now());
        for (RecordChange<Estimate> change : diff.estimates().changed()) {
            Estimate old = change.before();
            assertThat(now.isSuperseded(old)).as("%s superseded", old.id()).isTrue();
            assertThat(now.revisedBy(old)).anySatisfy(correction -> {
                assertThat(correction.revises()).contains(new Revision(old.id(), RevisionKind.CORRECTION));
                for (EstimateField field : EstimateField.values()) {
                    if (field != EstimateField.REVISES) {
                        assertThat(field.valueOf(correction)).as(field.label()).isEqualTo(field.valueOf(change.after()));
                    }
                }
            });
        }
    }

    /** The edited ledger with the original's sources, since a merge refuses a renamed source. */
    private static Ledger withSourcesOf(Ledger original, Ledger edited) {
        Ledger.Builder builder = Ledger.builder();
        original.sources().forEach(builder::add);
        edited.subjects().forEach(builder::add);
        edited.metrics().forEach(builder::add);
        edited.estimates().forEach(builder::add);
        return builder.build();
    }

    private static Ledger apply(Ledger ledger, Edit edit) {
        List<Estimate> estimates = ledger.estimates();
        Set<String> revised = estimates.stream().flatMap(e -> e.revisedIds().stream()).collect(Collectors.toSet());
        Ledger.Builder builder = Ledger.builder();
        ledger.sources().forEach(s -> builder.add(edit.rename() && s.id().equals("s0")
                ? Source.of("s0", "Source zero", SourceKind.MEDIA) : s));
        ledger.subjects().forEach(builder::add);
        ledger.metrics().forEach(builder::add);
        if (edit.addMetric()) {
            builder.add(Metric.of("detained", "Detained"));
        }
        List<Estimate> kept = new ArrayList<>();
        for (int i = 0; i < estimates.size(); i++) {
            Estimate estimate = estimates.get(i);
            if (edit.dropped().contains(i) && !revised.contains(estimate.id())) {
                continue;
            }
            if (edit.refigured().contains(i)) {
                estimate = estimate.toBuilder().quantity(Quantity.exact(estimate.quantity().low() == 0 ? 1 : estimate.quantity().low() - 1)).build();
            }
            if (edit.renoted().contains(i)) {
                estimate = estimate.withNote(estimate.note().isPresent() ? null : "edited");
            }
            kept.add(estimate);
        }
        kept.forEach(builder::add);
        edit.added().ifPresent(q -> builder.add(Estimate.builder().id("added").source("s1").subject("t1")
                .metric("killed").quantity(q).asOf("2019").reported("2019").build()));
        return builder.build();
    }
}
