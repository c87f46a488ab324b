package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.FORCES;
import static dev.tally.core.model.Ledgers.WORKERS;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.LedgerViolation.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ledger's invariants, its immutability and its metric catalog. */
class LedgerTest {

    /** What a violation says, without its message: the rule, the record at fault and the ids involved. */
    private record Found(Rule rule, Part part, int index, List<String> ids) {
        static Found of(LedgerViolation violation) {
            return new Found(violation.rule(), violation.part(), violation.index(), violation.ids());
        }
    }

    private static Found found(Rule rule, Part part, int index, String... ids) {
        return new Found(rule, part, index, List.of(ids));
    }

    private static InvalidLedgerException refusalOf(Ledgers ledger) {
        return assertThrows(InvalidLedgerException.class, ledger::build);
    }

    private static Metric partOf(String id, String whole) {
        return new Metric(id, id, "people", Optional.of(whole), Optional.empty(), List.of());
    }

    static Stream<Arguments> singleViolations() {
        return Stream.of(
                violation("a source id used twice",
                        () -> aLedger().with(Source.of("nis", "Another agency", SourceKind.OTHER)),
                        found(Rule.DUPLICATE_ID, Part.SOURCE, 2, "nis")),
                violation("a subject id used twice",
                        () -> aLedger().with(new Subject(FORCES, "Forces again")),
                        found(Rule.DUPLICATE_ID, Part.SUBJECT, 2, FORCES)),
                violation("a metric id used twice",
                        () -> aLedger().with(Metric.of("detained", "Detained")).with(Metric.of("detained", "Held")),
                        found(Rule.DUPLICATE_ID, Part.METRIC, 1, "detained")),
                violation("a built-in metric redefined twice, differently",
                        () -> aLedger().with(Metric.of("killed", "Dead bodies counted"))
                                .with(Metric.of("killed", "Bodies")),
                        found(Rule.DUPLICATE_ID, Part.METRIC, 1, "killed")),
                violation("an estimate id used twice",
                        () -> aLedger().with(anEstimate().id("e").of("killed"))
                                .with(anEstimate().id("e").of("wounded")),
                        found(Rule.DUPLICATE_ID, Part.ESTIMATE, 1, "e")),
                violation("an unknown source",
                        () -> aLedger().with(anEstimate().id("e").by("cia")),
                        found(Rule.UNKNOWN_SOURCE, Part.ESTIMATE, 0, "e", "cia")),
                violation("an unknown subject",
                        () -> aLedger().with(anEstimate().id("e").about("navy")),
                        found(Rule.UNKNOWN_SUBJECT, Part.ESTIMATE, 0, "e", "navy")),
                violation("an unknown metric of an estimate",
                        () -> aLedger().with(anEstimate().id("e").of("tanks")),
                        found(Rule.UNKNOWN_METRIC, Part.ESTIMATE, 0, "e", "tanks")),
                violation("an unknown whole of a metric",
                        () -> aLedger().with(partOf("shelled", "artillery")),
                        found(Rule.UNKNOWN_METRIC, Part.METRIC, 0, "shelled", "artillery")),
                violation("an unknown bound of a metric",
                        () -> aLedger().with(new Metric("sick", "Sick", "people", Optional.empty(),
                                Optional.of("treated"), List.of())),
                        found(Rule.UNKNOWN_METRIC, Part.METRIC, 0, "sick", "treated")),
                violation("a revision that points nowhere",
                        () -> aLedger().with(anEstimate().id("e").revising("ghost")),
                        found(Rule.UNKNOWN_REVISED_ESTIMATE, Part.ESTIMATE, 0, "e", "ghost")),
                violation("an estimate that revises itself",
                        () -> aLedger().with(anEstimate().id("a").revising("a")),
                        found(Rule.REVISION_CYCLE, Part.ESTIMATE, 0, "a")),
                violation("a revision cycle of two",
                        () -> aLedger().with(anEstimate().id("a").revising("b"))
                                .with(anEstimate().id("b").revising("a")),
                        found(Rule.REVISION_CYCLE, Part.ESTIMATE, 0, "a", "b")),
                violation("a revision cycle of three",
                        () -> aLedger().with(anEstimate().id("a").revising("b"))
                                .with(anEstimate().id("b").revising("c"))
                                .with(anEstimate().id("c").revising("a")),
                        found(Rule.REVISION_CYCLE, Part.ESTIMATE, 0, "a", "b", "c")),
                violation("a revision onto another subject",
                        () -> aLedger().with(anEstimate().id("troops").about(FORCES))
                                .with(anEstimate().id("workers").about(WORKERS).revising("troops")),
                        found(Rule.REVISION_ACROSS_SUBJECTS, Part.ESTIMATE, 1, "workers", "troops")),
                violation("killed revising deployed",
                        () -> aLedger().with(anEstimate().id("deployed").of("deployed").value("12,000"))
                                .with(anEstimate().id("killed").of("killed").revising("deployed")),
                        found(Rule.REVISION_ACROSS_METRICS, Part.ESTIMATE, 1, "killed", "deployed")),
                violation("killed revising casualties, its whole",
                        () -> aLedger().with(anEstimate().id("casualties").of("casualties").value("4,700"))
                                .with(anEstimate().id("killed").of("killed").revising("casualties")),
                        found(Rule.REVISION_ACROSS_METRICS, Part.ESTIMATE, 1, "killed", "casualties")));
    }

    private static Arguments violation(String name, Supplier<Ledgers> ledger, Found expected) {
        return Arguments.of(name, ledger, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleViolations")
    void build_refuses_each_broken_invariant_naming_the_record_and_its_ids(String name, Supplier<Ledgers> ledger,
                                                                          Found expected) {
        InvalidLedgerException refusal = refusalOf(ledger.get());

        assertEquals(List.of(expected), refusal.violations().stream().map(Found::of).toList());
        LedgerViolation violation = refusal.violations().get(0);
        expected.ids().forEach(id -> assertTrue(violation.message().contains(id), violation.message()));
        assertTrue(refusal.getMessage().contains(violation.message()), refusal.getMessage());
    }

    @Test
    void a_metric_id_taken_twice_is_refused_and_a_built_in_one_is_redefined() {
        Ledger redefined = Ledger.builder().add(Metric.of("killed", "Dead bodies counted")).build();
        String added = refusalOf(aLedger().with(Metric.of("detained", "Detained")).with(Metric.of("detained", "Held")))
                .violations().get(0).message();

        assertEquals(List.of(Metric.of("killed", "Dead bodies counted")), redefined.redefinedMetrics());
        assertEquals("metric id \"detained\" is used more than once", added);
    }

    @Test
    void build_refuses_metrics_that_are_parts_of_each_other_naming_both() {
        InvalidLedgerException refusal = refusalOf(aLedger().with(partOf("a", "b")).with(partOf("b", "a")));

        assertEquals(List.of(found(Rule.METRIC_CYCLE, Part.METRIC, 0, "a"), found(Rule.METRIC_CYCLE, Part.METRIC, 1, "b")),
                refusal.violations().stream().map(Found::of).toList());
    }

    @Test
    void casualties_may_revise_killed_and_wounded_of_another_source() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("nis-killed").by("nis").of("killed").value("about 300").asOf("2025-01"))
                .with(anEstimate().id("nis-wounded").by("nis").of("wounded").value("about 2,700").asOf("2025-01"))
                .with(anEstimate().id("military").by("rok-military").of("casualties").value("about 4,000")
                        .asOf("2025-02").revising("nis-killed", "nis-wounded"))
                .build();

        assertEquals(List.of("nis-killed", "nis-wounded"), ledger.estimate("military").orElseThrow().revisedIds());
    }

    @Test
    void a_metric_may_revise_the_same_metric_and_the_parts_of_its_parts() {
        Ledger ledger = aLedger().with(partOf("killed-by-drones", "killed"))
                .with(anEstimate().id("drones").of("killed-by-drones").value("50"))
                .with(anEstimate().id("killed-january").of("killed").value("300").asOf("2025-01"))
                .with(anEstimate().id("killed-april").of("killed").revising("killed-january"))
                .with(anEstimate().id("casualties").of("casualties").value("4,700").revising("drones"))
                .build();

        assertEquals(4, ledger.estimates().size());
    }

    @Test
    void build_lists_every_violation_at_once_in_the_order_of_the_records() {
        InvalidLedgerException refusal = refusalOf(aLedger()
                .with(anEstimate().id("e1").about("navy"))
                .with(anEstimate().id("e2").of("wounded").revising("ghost"))
                .with(Source.of("nis", "Another agency", SourceKind.OTHER))
                .with(anEstimate().id("e1").by("cia").of("deployed")));

        assertAll(
                () -> assertEquals(List.of(
                        found(Rule.DUPLICATE_ID, Part.SOURCE, 2, "nis"),
                        found(Rule.UNKNOWN_SUBJECT, Part.ESTIMATE, 0, "e1", "navy"),
                        found(Rule.UNKNOWN_REVISED_ESTIMATE, Part.ESTIMATE, 1, "e2", "ghost"),
                        found(Rule.DUPLICATE_ID, Part.ESTIMATE, 2, "e1"),
                        found(Rule.UNKNOWN_SOURCE, Part.ESTIMATE, 2, "e1", "cia")),
                        refusal.violations().stream().map(Found::of).toList()),
                () -> assertTrue(refusal.getMessage().startsWith("the ledger is invalid (5 problems):"),
                        refusal.getMessage()),
                () -> refusal.violations().forEach(v -> assertTrue(refusal.getMessage().contains("\n  " + v.message()),
                        refusal.getMessage())));
    }

    @Test
    void an_estimate_may_revise_one_added_after_it_and_is_checked_as_any_other() {
        Ledger valid = aLedger().with(anEstimate().id("early").revising("late"))
                .with(anEstimate().id("late")).build();
        InvalidLedgerException refusal = refusalOf(aLedger()
                .with(anEstimate().id("workers").by("cia").about(WORKERS).revising("troops", "ghost"))
                .with(anEstimate().id("troops").about(FORCES)));

        assertAll(
                () -> assertEquals(List.of("late"), valid.estimate("early").orElseThrow().revisedIds()),
                () -> assertEquals(List.of(
                        found(Rule.UNKNOWN_SOURCE, Part.ESTIMATE, 0, "workers", "cia"),
                        found(Rule.REVISION_ACROSS_SUBJECTS, Part.ESTIMATE, 0, "workers", "troops"),
                        found(Rule.UNKNOWN_REVISED_ESTIMATE, Part.ESTIMATE, 0, "workers", "ghost")),
                        refusal.violations().stream().map(Found::of).toList()));
    }

    @Test
    void a_revision_chain_of_100000_estimates_validates_without_overflowing_the_stack() {
        int length = 100_000;
        Ledger.Builder builder = Ledger.builder().add(Source.of("nis", "NIS", SourceKind.INTELLIGENCE))
                .add(new Subject(FORCES, "Forces"));
        // The first estimate revises the second, and so on: the search for cycles walks the whole chain from one root.
        IntStream.range(0, length).mapToObj(i -> {
            Estimates estimate = anEstimate().id("e" + i).value(Integer.toString(i));
            return (i + 1 < length ? estimate.revising("e" + (i + 1)) : estimate).build();
        }).forEach(builder::add);

        Ledger ledger = builder.build();

        assertEquals(length, ledger.estimates().size());
        assertEquals(List.of("e1"), ledger.estimate("e0").orElseThrow().revisedIds());
    }

    @Test
    void with_returns_a_new_ledger_and_leaves_the_old_one_unchanged() {
        Ledger before = aLedger().with(anEstimate().id("january").value("300").asOf("2025-01")).build();
        Ledger copy = before.toBuilder().build();

        Ledger after = before.with(anEstimate().id("april").revising("january").build());

        assertNotSame(before, after);
        assertEquals(copy, before);
        assertEquals(List.of("january"), before.estimates().stream().map(Estimate::id).toList());
        assertEquals(List.of("january", "april"), after.estimates().stream().map(Estimate::id).toList());
        assertEquals(Optional.empty(), before.estimate("april"));
    }

    @Test
    void with_refuses_an_invalid_estimate_and_leaves_the_ledger_unchanged() {
        Ledger before = aLedger().build();

        assertThrows(InvalidLedgerException.class, () -> before.with(anEstimate().by("cia").build()));

        assertEquals(aLedger().build(), before);
        assertTrue(before.estimates().isEmpty());
    }

    @Test
    void with_adds_a_source_a_subject_and_a_metric() {
        Ledger ledger = Ledger.empty()
                .with(Source.of("isw", "Institute for the Study of War", SourceKind.ACADEMIC))
                .with(new Subject("kursk", "Kursk front"))
                .with(Metric.of("detained", "Detained"));

        assertAll(
                () -> assertEquals(List.of("isw"), ledger.sources().stream().map(Source::id).toList()),
                () -> assertEquals(List.of("kursk"), ledger.subjects().stream().map(Subject::id).toList()),
                () -> assertEquals(Optional.of(Metric.of("detained", "Detained")), ledger.metric("detained")),
                () -> assertTrue(Ledger.empty().sources().isEmpty()));
    }

    @Test
    void adding_a_built_in_metric_changes_nothing() {
        Ledger ledger = aLedger().build();

        assertEquals(ledger, ledger.with(MetricCatalog.KILLED));
        assertEquals(MetricCatalog.builtIn(), Ledger.empty().metrics());
    }

    @Test
    void the_lists_of_a_ledger_cannot_be_modified() {
        Ledger ledger = aLedger().with(anEstimate()).build();

        assertAll(
                () -> assertThrows(UnsupportedOperationException.class, () -> ledger.sources().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> ledger.subjects().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> ledger.metrics().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> ledger.estimates().clear()),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> ledger.estimates().add(anEstimate().id("other").build())));
        assertEquals(1, ledger.estimates().size());
    }

    @Test
    void ledgers_with_the_same_records_are_equal_with_equal_hash_codes() {
        Ledger one = aLedger().with(anEstimate().value("600")).build();
        Ledger same = aLedger().with(anEstimate().value("600")).build();
        Ledger other = aLedger().with(anEstimate().value("~600")).build();

        assertAll(
                () -> assertEquals(one, same),
                () -> assertEquals(one.hashCode(), same.hashCode()),
                () -> assertNotEquals(one, other),
                () -> assertNotEquals(one, aLedger().build()),
                () -> assertEquals("Ledger[2 sources, 2 subjects, 8 metrics, 1 estimates]", one.toString()));
    }

    @Test
    void a_ledger_of_many_estimates_built_at_once_finds_each_by_id() {
        Ledger.Builder builder = Ledger.builder().add(Source.of("nis", "NIS", SourceKind.INTELLIGENCE))
                .add(new Subject(FORCES, "Forces"));
        IntStream.range(0, 5_000).mapToObj(i -> anEstimate().id("e" + i).value(Integer.toString(i)).build())
                .forEach(builder::add);

        Ledger ledger = builder.build();

        assertAll(IntStream.range(0, 5_000).mapToObj(i -> () -> assertEquals(Integer.toString(i),
                ledger.estimate("e" + i).orElseThrow().quantity().toText())));
        assertEquals(Optional.empty(), ledger.estimate("e5000"));
    }

    @Test
    void a_builder_used_again_after_it_built_leaves_the_ledger_built_unchanged() {
        Ledgers ledgers = aLedger().with(anEstimate().id("e1"));
        Ledger.Builder builder = Ledger.builder();
        ledgers.build().sources().forEach(builder::add);
        ledgers.build().subjects().forEach(builder::add);
        ledgers.build().estimates().forEach(builder::add);
        Ledger first = builder.build();

        Ledger second = builder.add(anEstimate().id("e2").build()).build();

        assertAll(
                () -> assertEquals(Optional.empty(), first.estimate("e2")),
                () -> assertEquals(1, first.estimates().size()),
                () -> assertEquals("e1", first.estimate("e1").orElseThrow().id()),
                () -> assertEquals("e2", second.estimate("e2").orElseThrow().id()),
                () -> assertEquals("e1", second.estimate("e1").orElseThrow().id()));
    }

    @Test
    void a_ledger_finds_its_records_by_id() {
        Ledger ledger = aLedger().with(anEstimate().id("e")).build();

        assertAll(
                () -> assertEquals("e", ledger.estimate("e").orElseThrow().id()),
                () -> assertEquals(Optional.empty(), ledger.estimate("f")),
                () -> assertEquals(SourceKind.MILITARY, ledger.source("rok-military").orElseThrow().kind()),
                () -> assertEquals(Optional.empty(), ledger.source("cia")),
                () -> assertEquals(WORKERS, ledger.subject(WORKERS).orElseThrow().id()),
                () -> assertSame(MetricCatalog.CASUALTIES, ledger.metric("casualties").orElseThrow()));
    }

    static Stream<Arguments> metricNames() {
        return Stream.of(
                Arguments.of("killed", "killed"), Arguments.of("Killed", "killed"), Arguments.of("KIA", "killed"),
                Arguments.of("dead", "killed"), Arguments.of("deaths", "killed"), Arguments.of("Fatalities", "killed"),
                Arguments.of("WIA", "wounded"), Arguments.of("injured", "wounded"),
                Arguments.of("killed or injured", "casualties"), Arguments.of("KIA/WIA", "casualties"),
                Arguments.of("kia wia", "casualties"), Arguments.of("Casualties (killed or wounded)", "casualties"),
                Arguments.of("POW", "captured"), Arguments.of("prisoners", "captured"),
                Arguments.of("Detained", "detained"));
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @MethodSource("metricNames")
    void find_metric_knows_ids_names_and_synonyms_ignoring_case_and_punctuation(String text, String metric) {
        Ledger ledger = aLedger().with(Metric.of("detained", "Detained")).build();

        assertEquals(Optional.of(metric), ledger.findMetric(text).map(Metric::id));
    }

    @ParameterizedTest(name = "\"{0}\" names no metric")
    @MethodSource("unknownMetricNames")
    void find_metric_finds_nothing_for_other_words(String text) {
        assertEquals(Optional.empty(), Ledger.empty().findMetric(text));
    }

    static Stream<String> unknownMetricNames() {
        return Stream.of("tanks", "", " / ", "kill");
    }

    static Stream<Arguments> parts() {
        return Stream.of(
                Arguments.of("killed", "casualties", true),
                Arguments.of("wounded", "casualties", true),
                Arguments.of("killed-by-drones", "killed", true),
                Arguments.of("killed-by-drones", "casualties", true),
                Arguments.of("casualties", "killed", false),
                Arguments.of("killed", "killed", false),
                Arguments.of("killed", "wounded", false),
                Arguments.of("casualties", "deployed", false),
                Arguments.of("tanks", "casualties", false));
    }

    @ParameterizedTest(name = "{0} part of {1}: {2}")
    @MethodSource("parts")
    void is_part_of_follows_the_part_of_relation_through_other_parts(String part, String whole, boolean expected) {
        Ledger ledger = aLedger().with(partOf("killed-by-drones", "killed")).build();

        assertEquals(expected, ledger.isPartOf(part, whole));
    }
}
