package dev.tally.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The law of the incremental ledger: adding records one at a time with {@code with(..)} gives the
 * ledger that a new builder gives for the same records, checking them all, and refuses a record
 * exactly as that builder refuses the ledger's records with it (the ledger's records as it lists
 * them: its metrics start with the built-in ones, which places a metric's violation after them). Ids, references, revisions and metric relations are drawn from small
 * sets, so that ids are taken, references miss, revisions cross subjects and metrics or run in
 * circles, and built-in metrics are redefined after estimates revise across them.
 */
class IncrementalLedgerPropertyTest {

    private static final List<String> METRIC_IDS = List.of("killed", "wounded", "casualties", "m0", "m1");

    @Property(tries = 300)
    void with_gives_the_ledger_the_builder_gives_and_refuses_what_it_refuses(@ForAll("records") List<Object> records) {
        List<Object> kept = new ArrayList<>(List.of(Source.of("s0", "Source 0", SourceKind.MEDIA),
                new Subject("t0", "Subject 0"), estimate("k", "killed", Set.of()),
                estimate("c", "casualties", Set.of("k"))));
        Ledger ledger = built(kept);
        for (Object record : records) {
            Ledger before = ledger;
            InvalidLedgerException expected = catchThrowableOfType(
                    () -> add(Ledger.builder().addAll(before), record).build(), InvalidLedgerException.class);
            InvalidLedgerException refusal = catchThrowableOfType(() -> with(before, record),
                    InvalidLedgerException.class);
            if (expected != null) {
                assertThat(refusal).as("refusal of %s", record).isNotNull();
                assertThat(refusal.violations()).isEqualTo(expected.violations());
                assertThat(refusal.getMessage()).isEqualTo(expected.getMessage());
                continue;
            }
            ledger = with(before, record);
            kept.add(record);
            assertSameLedger(ledger, add(Ledger.builder().addAll(before), record).build());
            assertSameLedger(ledger, built(kept));
        }
    }

    private static void assertSameLedger(Ledger actual, Ledger expected) {
        assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
        assertThat(actual.sources()).containsExactlyElementsOf(expected.sources());
        assertThat(actual.subjects()).containsExactlyElementsOf(expected.subjects());
        assertThat(actual.metrics()).containsExactlyElementsOf(expected.metrics());
        assertThat(actual.redefinedMetrics()).isEqualTo(expected.redefinedMetrics());
        assertThat(actual.estimates()).containsExactlyElementsOf(expected.estimates())
                .hasSameHashCodeAs(expected.estimates());
        expected.sources().forEach(s -> assertThat(actual.source(s.id())).contains(s));
        expected.subjects().forEach(s -> assertThat(actual.subject(s.id())).contains(s));
        expected.metrics().forEach(m -> assertThat(actual.metric(m.id())).contains(m));
        expected.estimates().forEach(e -> assertThat(actual.estimate(e.id())).contains(e));
        assertThat(actual.estimate("e-none")).isEmpty();
        for (String part : METRIC_IDS) {
            for (String whole : METRIC_IDS) {
                assertThat(actual.isPartOf(part, whole)).isEqualTo(expected.isPartOf(part, whole));
            }
        }
    }

    private static Ledger built(List<Object> records) {
        Ledger.Builder builder = Ledger.builder();
        records.forEach(record -> add(builder, record));
        return builder.build();
    }

    private static Ledger.Builder add(Ledger.Builder builder, Object record) {
        if (record instanceof Source source) {
            return builder.add(source);
        }
        if (record instanceof Subject subject) {
            return builder.add(subject);
        }
        return record instanceof Metric metric ? builder.add(metric) : builder.add((Estimate) record);
    }

    private static Ledger with(Ledger ledger, Object record) {
        if (record instanceof Source source) {
            return ledger.with(source);
        }
        if (record instanceof Subject subject) {
            return ledger.with(subject);
        }
        return record instanceof Metric metric ? ledger.with(metric) : ledger.with((Estimate) record);
    }

    private static Object estimate(String id, String metric, Set<String> revised) {
        return estimate(id, "s0", "t0", metric, revised);
    }

    private static Object estimate(String id, String source, String subject, String metric, Set<String> revised) {
        Estimate.Builder estimate = Estimate.builder().id(id).source(source).subject(subject).metric(metric)
                .quantity(Quantity.exact(100)).asOf(Period.parse("2020")).reported(Period.parse("2020"));
        revised.forEach(target -> estimate.revises(target, RevisionKind.UPDATE));
        return estimate.build();
    }

    @Provide
    Arbitrary<List<Object>> records() {
        Arbitrary<Object> sources = Arbitraries.of("s0", "s1", "s2").map(id -> Source.of(id, "Source", SourceKind.OTHER));
        Arbitrary<Object> subjects = Arbitraries.of("t0", "t1", "t2").map(id -> new Subject(id, "Subject"));
        Arbitrary<Optional<String>> relations = Arbitraries.of("killed", "casualties", "m0", "m1", "zz").optional(0.5);
        Arbitrary<Object> metrics = Combinators.combine(Arbitraries.of(METRIC_IDS), Arbitraries.of("A", "B"),
                        relations, relations)
                .filter((id, name, whole, bound) -> !whole.equals(Optional.of(id)) && !bound.equals(Optional.of(id)))
                .as((id, name, whole, bound) -> new Metric(id, name, "people", whole, bound, List.of()));
        Arbitrary<Object> builtIn = Arbitraries.of(MetricCatalog.builtIn()).map(Function.identity());
        Arbitrary<String> estimateIds = Arbitraries.integers().between(0, 7).map(i -> "e" + i);
        Arbitrary<Object> estimates = Combinators.combine(estimateIds,
                        Arbitraries.frequency(Tuple.of(4, "s0"), Tuple.of(1, "s1"), Tuple.of(1, "sx")),
                        Arbitraries.frequency(Tuple.of(4, "t0"), Tuple.of(1, "t1"), Tuple.of(1, "tx")),
                        Arbitraries.frequency(Tuple.of(3, "killed"), Tuple.of(3, "casualties"), Tuple.of(1, "wounded"),
                                Tuple.of(1, "m0"), Tuple.of(1, "mx")),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Set.<String>of())),
                                Tuple.of(1, estimateIds.set().ofMinSize(1).ofMaxSize(2))))
                .as(IncrementalLedgerPropertyTest::estimate);
        return Arbitraries.frequencyOf(Tuple.of(2, sources), Tuple.of(2, subjects), Tuple.of(2, metrics),
                Tuple.of(1, builtIn), Tuple.of(12, estimates)).list().ofMaxSize(40);
    }
}
