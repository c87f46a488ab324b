package dev.tally.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How two ledgers differ: the sources, subjects, metrics and estimates added, removed and changed
 * field by field (matched by id), and the revision links added and removed.
 *
 * <p>A diff is empty exactly when both ledgers hold the same records, in whatever order. The diff
 * of the new ledger against the old one is this diff {@link #reversed()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sources  how the sources differ
 * @param subjects  how the subjects differ
 * @param metrics  how the metrics differ, the built-in ones included
 * @param estimates  how the estimates differ
 * @param revisionsAdded  the revision links only the new ledger holds, in its order
 * @param revisionsRemoved  the revision links only the old ledger holds, in its order
 */
public record LedgerDiff(RecordDiff<Source> sources, RecordDiff<Subject> subjects, RecordDiff<Metric> metrics,
                         RecordDiff<Estimate> estimates, List<RevisionLink> revisionsAdded,
                         List<RevisionLink> revisionsRemoved) {

    /** The fields of a source but its id. */
    public static final List<RecordField<Source>> SOURCE_FIELDS = List.of(
            RecordField.of("Name", true, Source::name),
            RecordField.of("Kind", false, s -> s.kind().toText()),
            RecordField.of("Country", false, s -> EstimateField.text(s.country())),
            RecordField.of("Reliability", false, s -> s.reliability().map(Reliability::name).orElse("")));

    /** The fields of a subject but its id. */
    public static final List<RecordField<Subject>> SUBJECT_FIELDS = List.of(
            RecordField.of("Name", true, Subject::name));

    /** The fields of a metric but its id. */
    public static final List<RecordField<Metric>> METRIC_FIELDS = List.of(
            RecordField.of("Name", true, Metric::name),
            RecordField.of("Unit", true, Metric::unit),
            RecordField.of("Part of", false, m -> EstimateField.text(m.partOf())),
            RecordField.of("Cannot exceed", false, m -> EstimateField.text(m.cannotExceed())),
            RecordField.of("Synonyms", true, m -> String.join("; ", m.synonyms())));

    /**
     * Checks the components and copies the links.
     *
     * @param sources  how the sources differ
     * @param subjects  how the subjects differ
     * @param metrics  how the metrics differ, the built-in ones included
     * @param estimates  how the estimates differ
     * @param revisionsAdded  the revision links only the new ledger holds, in its order
     * @param revisionsRemoved  the revision links only the old ledger holds, in its order
     */
    public LedgerDiff {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(estimates, "estimates");
        revisionsAdded = List.copyOf(revisionsAdded);
        revisionsRemoved = List.copyOf(revisionsRemoved);
    }

    /**
     * Compares two ledgers.
     *
     * @param before  the old ledger, not null
     * @param after  the new ledger, not null
     * @return the differences, never null
     */
    public static LedgerDiff between(Ledger before, Ledger after) {
        return new LedgerDiff(
                RecordDiff.between(before.sources(), after.sources(), Source::id, SOURCE_FIELDS),
                RecordDiff.between(before.subjects(), after.subjects(), Subject::id, SUBJECT_FIELDS),
                RecordDiff.between(before.metrics(), after.metrics(), Metric::id, METRIC_FIELDS),
                RecordDiff.between(before.estimates(), after.estimates(), Estimate::id, List.of(EstimateField.values())),
                linksOnlyIn(after, before), linksOnlyIn(before, after));
    }

    private static List<RevisionLink> linksOnlyIn(Ledger ledger, Ledger other) {
        Set<RevisionLink> links = new LinkedHashSet<>(links(ledger));
        links(other).forEach(links::remove);
        return List.copyOf(links);
    }

    private static List<RevisionLink> links(Ledger ledger) {
        return ledger.estimates().stream().flatMap(e -> e.revises().stream()
                .map(r -> new RevisionLink(e.id(), r.target(), r.kind()))).toList();
    }

    /**
     * Whether the two ledgers hold the same records.
     *
     * @return true if no record was added, removed or changed
     */
    public boolean isEmpty() {
        return sources.isEmpty() && subjects.isEmpty() && metrics.isEmpty() && estimates.isEmpty();
    }

    /**
     * The diff the other way round: the new ledger compared with the old one.
     *
     * @return the reversed diff, never null
     */
    public LedgerDiff reversed() {
        return new LedgerDiff(sources.reversed(), subjects.reversed(), metrics.reversed(), estimates.reversed(),
                revisionsRemoved, revisionsAdded);
    }
}
