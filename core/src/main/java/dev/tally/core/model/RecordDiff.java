package dev.tally.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the records of one kind differ between two ledgers, matched by id: those only in the new
 * ledger (added), those only in the old one (removed), and those in both with different content
 * (changed, field by field).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the kind of record
 * @param added  the records only in the new ledger, in its order
 * @param removed  the records only in the old ledger, in its order
 * @param changed  the records in both with different content, in the new ledger's order
 */
public record RecordDiff<T>(List<T> added, List<T> removed, List<RecordChange<T>> changed) {

    /**
     * Copies the lists.
     *
     * @param added  the records only in the new ledger, in its order
     * @param removed  the records only in the old ledger, in its order
     * @param changed  the records in both with different content, in the new ledger's order
     */
    public RecordDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * Compares two lists of records by id.
     *
     * @param <T>  the kind of record
     * @param before  the old ledger's records, not null
     * @param after  the new ledger's records, not null
     * @param id  the id of a record, not null
     * @param fields  the fields of the kind of record but its id, together telling any two versions apart
     * @return the differences, never null
     */
    public static <T> RecordDiff<T> between(List<T> before, List<T> after, Function<T, String> id,
                                            List<? extends RecordField<T>> fields) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(record -> old.put(id.apply(record), record));
        List<T> added = new ArrayList<>();
        List<RecordChange<T>> changed = new ArrayList<>();
        for (T record : after) {
            T previous = old.remove(id.apply(record));
            if (previous == null) {
                added.add(record);
            } else if (!previous.equals(record)) {
                changed.add(new RecordChange<>(id.apply(record), previous, record,
                        RecordChange.compare(previous, record, fields)));
            }
        }
        return new RecordDiff<>(added, List.copyOf(old.values()), changed);
    }

    /**
     * Whether the two lists hold the same records.
     *
     * @return true if nothing was added, removed or changed
     */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * The differences the other way round: what was added is removed, and each change reversed.
     *
     * @return the reversed differences, never null
     */
    public RecordDiff<T> reversed() {
        return new RecordDiff<>(removed, added, changed.stream().map(RecordChange::reversed).toList());
    }
}
