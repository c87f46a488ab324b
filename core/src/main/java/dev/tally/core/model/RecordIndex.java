package dev.tally.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The records of one kind in a ledger: in the order added, and by id, both sharing their structure
 * with the index they were added to. The records indexed at once are found by their positions in
 * the list ({@link IdPositions}), those added one at a time since then in a trie: a large ledger
 * read from a file is indexed in one pass, in a few bytes per record, and adding a record does not
 * copy the table. Immutable and thread-safe.
 */
final class RecordIndex<T> {

    private final Function<T, String> id;
    private final RecordList<T> list;
    /** The positions of the records indexed at once, the first of the list; never changed once built. */
    private final IdPositions indexedAtOnce;
    private final IdTrie<Placed<T>> addedSince;
    /** The id of the record at a position of the list. */
    private final IntFunction<String> idAt;

    /** A record added one at a time, with its position in the list. */
    private record Placed<T>(T record, int position) {
    }

    private RecordIndex(Function<T, String> id, RecordList<T> list, IdPositions indexedAtOnce,
                        IdTrie<Placed<T>> addedSince) {
        this.id = id;
        this.list = list;
        this.indexedAtOnce = indexedAtOnce;
        this.addedSince = addedSince;
        this.idAt = position -> id.apply(list.get(position));
    }

    /** An index of records whose ids are unique, built at once. */
    static <T> RecordIndex<T> of(List<T> records, Function<T, String> id) {
        IdPositions.Builder positions = new IdPositions.Builder();
        records.forEach(record -> positions.add(id.apply(record)));
        return of(records, id, positions.build(position -> id.apply(records.get(position)), repeated -> { }));
    }

    /** An index of records whose ids are unique, with their positions in the list already found. */
    private static <T> RecordIndex<T> of(List<T> records, Function<T, String> id, IdPositions positions) {
        return new RecordIndex<>(id, RecordList.of(records), positions, IdTrie.empty(placed -> id.apply(placed.record())));
    }

    /**
     * This index with more records, whose ids are unique and new: one at a time when they are fewer
     * than those held, else all indexed again at once.
     */
    RecordIndex<T> plus(List<T> added) {
        return plus(added, null);
    }

    /**
     * This index with more records, as {@link #plus(List)}, given the positions of the added
     * records in their list, found already (or null): taken as they are when this index is empty.
     */
    RecordIndex<T> plus(List<T> added, IdPositions positionsOfAdded) {
        if (list.isEmpty() && positionsOfAdded != null) {
            return of(added, id, positionsOfAdded);
        }
        if (added.size() > list.size()) {
            List<T> all = new ArrayList<>(list.size() + added.size());
            all.addAll(list);
            all.addAll(added);
            return of(all, id);
        }
        RecordList<T> longer = list;
        IdTrie<Placed<T>> wider = addedSince;
        for (T record : added) {
            wider = wider.plus(new Placed<>(record, longer.size()));
            longer = longer.plus(record);
        }
        return new RecordIndex<>(id, longer, indexedAtOnce, wider);
    }

    List<T> list() {
        return list;
    }

    T get(String key) {
        int position = position(key);
        return position >= 0 ? list.get(position) : null;
    }

    /** The position in the list of the record with the given id, or -1 if there is none. */
    int position(String key) {
        int position = indexedAtOnce.get(key, idAt);
        if (position >= 0) {
            return position;
        }
        Placed<T> placed = addedSince.get(key);
        return placed == null ? -1 : placed.position();
    }
}
