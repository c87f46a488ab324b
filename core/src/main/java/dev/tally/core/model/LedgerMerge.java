package dev.tally.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Merges one ledger into another, as an import does: a record that is new is added, a record
 * already present with the same content is skipped, and a record whose id is taken by different
 * content is a conflict. A merge with conflicts changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerMerge {

    private LedgerMerge() {
    }

    /**
     * What a merge did, or would have done: the merged ledger (only when there is no conflict) and
     * the counts of added and skipped estimates.
     *
     * @param ledger  the merged ledger; empty when there are conflicts
     * @param added  how many estimates were new
     * @param skipped  how many estimates were already present with the same content
     * @param conflicts  every record whose id is taken by different content, with both versions
     */
    public record Result(Optional<Ledger> ledger, int added, int skipped, List<Conflict> conflicts) {
        /**
         * Checks the components and copies the conflicts.
         *
         * @param ledger  the merged ledger; empty when there are conflicts
         * @param added  how many estimates were new
         * @param skipped  how many estimates were already present with the same content
         * @param conflicts  every record whose id is taken by different content, with both versions
         */
        public Result {
            Objects.requireNonNull(ledger, "ledger");
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * An id held by different content in the two ledgers.
     *
     * @param id  the id
     * @param existing  the record in the target ledger
     * @param incoming  the record being merged in
     */
    public record Conflict(String id, Object existing, Object incoming) {
        /**
         * Checks the components.
         *
         * @param id  the id
         * @param existing  the record in the target ledger
         * @param incoming  the record being merged in
         */
        public Conflict {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(incoming, "incoming");
        }
    }

    /**
     * Merges {@code incoming} into {@code target}.
     *
     * @param target  the ledger merged into, not null
     * @param incoming  the ledger merged in, not null
     * @return what the merge did, never null
     * @throws InvalidLedgerException if the merged records break an invariant (a revision onto
     *         another subject, say)
     */
    public static Result merge(Ledger target, Ledger incoming) {
        Ledger.Builder builder = target.toBuilder();
        List<Conflict> conflicts = new ArrayList<>();
        mergeRecords(incoming.sources(), target::source, Source::id, builder::add, conflicts);
        mergeRecords(incoming.subjects(), target::subject, Subject::id, builder::add, conflicts);
        mergeRecords(incoming.metrics(), target::metric, Metric::id, builder::add, conflicts);
        int added = mergeRecords(incoming.estimates(), target::estimate, Estimate::id, builder::add, conflicts);
        if (!conflicts.isEmpty()) {
            return new Result(Optional.empty(), 0, 0, conflicts);
        }
        return new Result(Optional.of(builder.build()), added, incoming.estimates().size() - added, conflicts);
    }

    private static <T> int mergeRecords(List<T> records, Function<String, Optional<T>> existing,
                                        Function<T, String> id, java.util.function.Consumer<T> add,
                                        List<Conflict> conflicts) {
        int added = 0;
        for (T record : records) {
            Optional<T> present = existing.apply(id.apply(record));
            if (present.isEmpty()) {
                add.accept(record);
                added++;
            } else if (!present.get().equals(record)) {
                conflicts.add(new Conflict(id.apply(record), present.get(), record));
            }
        }
        return added;
    }
}
