package dev.tally.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Merges one ledger into another, as an import does: a record that is new is added, a record
 * already present with the same content is skipped, and a record whose id is taken by different
 * content is a conflict, unless the merge revises: then a changed estimate comes in as a new
 * estimate that revises the one in the ledger (see {@link RevisionIds}), and the old one stays.
 * A merge with conflicts changes nothing. Estimates of the target that the incoming ledger does not
 * hold are kept, and listed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerMerge {

    private LedgerMerge() {
    }

    /**
     * What a merge did, or would have done.
     *
     * @param ledger  the merged ledger; empty when there are conflicts
     * @param added  how many estimates were new
     * @param skipped  how many estimates were already present with the same content, or already revised
     *                 by an estimate with their content
     * @param revised  how many changed estimates came in as new estimates revising the old ones
     * @param conflicts  every record whose id is taken by different content, field by field
     * @param unlisted  the ids of the target's estimates that the incoming ledger does not hold (nor
     *                  revises), in the target's order; they are kept
     */
    public record Result(Optional<Ledger> ledger, int added, int skipped, int revised, List<Conflict> conflicts,
                         List<String> unlisted) {
        /**
         * Checks the components and copies the lists.
         *
         * @param ledger  the merged ledger; empty when there are conflicts
         * @param added  how many estimates were new
         * @param skipped  how many estimates were already present with the same content
         * @param revised  how many changed estimates came in as revising estimates
         * @param conflicts  every record whose id is taken by different content, field by field
         * @param unlisted  the ids of the target's estimates that the incoming ledger does not hold
         */
        public Result {
            Objects.requireNonNull(ledger, "ledger");
            conflicts = List.copyOf(conflicts);
            unlisted = List.copyOf(unlisted);
        }
    }

    /**
     * An id held by different content in the two ledgers.
     *
     * @param part  the kind of record
     * @param change  the record in the target ledger, the record merged in, and the fields that differ
     */
    public record Conflict(LedgerViolation.Part part, RecordChange<?> change) {
        /**
         * Checks the components.
         *
         * @param part  the kind of record
         * @param change  the two versions and the fields that differ
         */
        public Conflict {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(change, "change");
        }

        /**
         * The id held by both versions.
         *
         * @return the id, never null
         */
        public String id() {
            return change.id();
        }
    }

    /**
     * Merges {@code incoming} into {@code target}; a changed estimate is a conflict.
     *
     * @param target  the ledger merged into, not null
     * @param incoming  the ledger merged in, not null
     * @return what the merge did, never null
     * @throws InvalidLedgerException if the merged records break an invariant (a revision onto
     *         another subject, say)
     */
    public static Result merge(Ledger target, Ledger incoming) {
        return merge(target, incoming, Optional.empty());
    }

    /**
     * Merges {@code incoming} into {@code target}, a changed estimate coming in as a revision of the
     * given kind, or as a conflict when no kind is given.
     *
     * @param target  the ledger merged into, not null
     * @param incoming  the ledger merged in, not null
     * @param revise  the kind of revision a changed estimate makes, or empty to refuse changes
     * @return what the merge did, never null
     * @throws InvalidLedgerException if the merged records break an invariant (a revision onto
     *         another subject, say, when a changed estimate names another subject)
     */
    public static Result merge(Ledger target, Ledger incoming, Optional<RevisionKind> revise) {
        Ledger.Builder builder = target.toBuilder();
        List<Conflict> conflicts = new ArrayList<>();
        addRecords(RecordDiff.between(target.sources(), incoming.sources(), Source::id, LedgerDiff.SOURCE_FIELDS),
                LedgerViolation.Part.SOURCE, builder::add, conflicts);
        addRecords(RecordDiff.between(target.subjects(), incoming.subjects(), Subject::id, LedgerDiff.SUBJECT_FIELDS),
                LedgerViolation.Part.SUBJECT, builder::add, conflicts);
        addRecords(RecordDiff.between(target.metrics(), incoming.metrics(), Metric::id, LedgerDiff.METRIC_FIELDS),
                LedgerViolation.Part.METRIC, builder::add, conflicts);
        EstimateMerge estimates = new EstimateMerge(target, revise, builder, conflicts);
        incoming.estimates().forEach(estimates::merge);
        List<String> unlisted = target.estimates().stream().map(Estimate::id)
                .filter(id -> !estimates.listed().contains(id)).toList();
        if (!conflicts.isEmpty()) {
            return new Result(Optional.empty(), 0, 0, 0, conflicts, unlisted);
        }
        int added = estimates.added.size();
        int revised = estimates.revised.size();
        return new Result(Optional.of(builder.build()), added, incoming.estimates().size() - added - revised, revised,
                conflicts, unlisted);
    }

    private static <T> void addRecords(RecordDiff<T> diff, LedgerViolation.Part part, Consumer<T> add,
                                       List<Conflict> conflicts) {
        diff.added().forEach(add);
        diff.changed().forEach(change -> conflicts.add(new Conflict(part, change)));
    }

    /**
     * Merges estimates one at a time, keeping what it added and revised; each estimate merged is
     * added, revised, skipped or a conflict. Not thread-safe; use once.
     */
    private static final class EstimateMerge {
        private final Ledger target;
        private final Optional<RevisionKind> revise;
        private final Ledger.Builder builder;
        private final List<Conflict> conflicts;
        private final Set<String> listed = new HashSet<>();
        private final List<Estimate> added = new ArrayList<>();
        private final List<Estimate> revised = new ArrayList<>();

        EstimateMerge(Ledger target, Optional<RevisionKind> revise, Ledger.Builder builder, List<Conflict> conflicts) {
            this.target = target;
            this.revise = revise;
            this.builder = builder;
            this.conflicts = conflicts;
        }

        void merge(Estimate estimate) {
            listed.add(estimate.id());
            Optional<Estimate> present = target.estimate(estimate.id());
            if (present.isPresent() && !present.get().equals(estimate) && revise.isPresent()) {
                Estimate revision = RevisionIds.revision(present.get(), estimate, revise.get());
                listed.add(revision.id());
                addNew(revision, revised);
            } else {
                addNew(estimate, added);
            }
        }

        /**
         * Adds an estimate whose id is new, to the ledger and to the given list; skips one present
         * with the same content; notes a conflict for one whose id holds other content.
         */
        private void addNew(Estimate estimate, List<Estimate> kept) {
            Optional<Estimate> present = target.estimate(estimate.id());
            if (present.isEmpty()) {
                builder.add(estimate);
                kept.add(estimate);
            } else if (!present.get().equals(estimate)) {
                conflicts.add(conflict(present.get(), estimate));
            }
        }

        private static Conflict conflict(Estimate existing, Estimate incoming) {
            return new Conflict(LedgerViolation.Part.ESTIMATE, new RecordChange<>(existing.id(), existing, incoming,
                    RecordChange.compare(existing, incoming, List.of(EstimateField.values()))));
        }

        Set<String> listed() {
            return listed;
        }
    }
}
