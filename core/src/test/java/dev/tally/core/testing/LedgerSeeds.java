package dev.tally.core.testing;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid generated ledgers, shared by the property tests of the formats: each estimate is generated
 * as a seed whose sources, subjects, metrics and revised estimates are picks resolved when the
 * ledger is assembled, so that every reference resolves and every revision points to an earlier
 * estimate of the same subject and metric (never a cycle). The callers choose the texts, periods
 * and citations that their format can hold.
 */
public final class LedgerSeeds {

    private LedgerSeeds() {
    }

    /**
     * An estimate's required content, with the records it names as picks.
     *
     * @param source  the pick of a source
     * @param subject  the pick of a subject
     * @param metric  the pick of a metric
     * @param quantity  the figure
     * @param asOf  the period
     * @param basis  the basis
     * @param reported  when it became public
     */
    public record Core(int source, int subject, int metric, Quantity quantity, Period asOf, Basis basis,
                       Period reported) {
    }

    /**
     * An estimate's optional content, with its revisions as picks among earlier estimates.
     *
     * @param via  who relayed it
     * @param credibility  its grade
     * @param citation  where it was published
     * @param note  a note
     * @param revises  picks of earlier estimates of the same subject and metric
     * @param kinds  the kinds of those revisions
     */
    public record Extras(Optional<String> via, Optional<Credibility> credibility, Optional<Citation> citation,
                         Optional<String> note, List<Integer> revises, List<RevisionKind> kinds) {
    }

    /**
     * One estimate to be.
     *
     * @param core  its required content
     * @param extras  its optional content
     */
    public record Seed(Core core, Extras extras) {
    }

    /**
     * Seeds of estimates.
     *
     * @param periods  the periods figures refer to
     * @param reported  the periods figures were reported in
     * @param via  who relayed them
     * @param citations  citations
     * @param notes  notes
     * @return the generator
     */
    public static Arbitrary<Seed> seeds(Arbitrary<Period> periods, Arbitrary<Period> reported,
                                        Arbitrary<Optional<String>> via, Arbitrary<Citation> citations,
                                        Arbitrary<Optional<String>> notes) {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Core> cores = Combinators.combine(pick, pick, pick, ModelArbitraries.quantities(), periods,
                Arbitraries.of(Basis.class), reported).as(Core::new);
        Arbitrary<Extras> extras = Combinators.combine(via, Arbitraries.of(Credibility.class).optional(0.5),
                citations.optional(0.5), notes, pick.list().ofMaxSize(3),
                Arbitraries.of(RevisionKind.class).list().ofSize(3)).as(Extras::new);
        return Combinators.combine(cores, extras).as(Seed::new);
    }

    /**
     * Assembles a ledger: the records, then one estimate per seed with its picks resolved.
     *
     * @param sources  the sources, at least one
     * @param subjects  the subjects, at least one
     * @param custom  metrics added to the built-in ones
     * @param seeds  the estimates to be
     * @return the ledger
     */
    public static Ledger ledger(List<Source> sources, List<Subject> subjects, List<Metric> custom, List<Seed> seeds) {
        Ledger.Builder ledger = Ledger.builder();
        sources.forEach(ledger::add);
        subjects.forEach(ledger::add);
        custom.forEach(ledger::add);
        List<Metric> metrics = new ArrayList<>(MetricCatalog.builtIn());
        metrics.addAll(custom);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Estimate built = estimate("e" + i, seeds.get(i), sources, subjects, metrics, estimates);
            estimates.add(built);
            ledger.add(built);
        }
        return ledger.build();
    }

    private static Estimate estimate(String id, Seed seed, List<Source> sources, List<Subject> subjects,
                                     List<Metric> metrics, List<Estimate> before) {
        Core core = seed.core();
        Extras extras = seed.extras();
        String subject = subjects.get(core.subject() % subjects.size()).id();
        String metric = metrics.get(core.metric() % metrics.size()).id();
        List<Estimate> earlier = before.stream()
                .filter(e -> e.subject().equals(subject) && e.metric().equals(metric)).toList();
        Estimate.Builder estimate = Estimate.builder().id(id)
                .source(sources.get(core.source() % sources.size()).id()).subject(subject).metric(metric)
                .quantity(core.quantity()).asOf(core.asOf()).basis(core.basis()).reported(core.reported())
                .via(extras.via().orElse(null)).credibility(extras.credibility().orElse(null))
                .citation(extras.citation().orElse(null)).note(extras.note().orElse(null));
        if (!earlier.isEmpty()) {
            List<String> targets = List.copyOf(extras.revises().stream()
                    .map(p -> earlier.get(p % earlier.size()).id())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            IntStream.range(0, targets.size()).forEach(k -> estimate.revises(targets.get(k), extras.kinds().get(k)));
        }
        return estimate.build();
    }
}
