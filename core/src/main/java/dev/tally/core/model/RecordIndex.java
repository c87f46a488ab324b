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
    private final IdTrie<T> addedSince;
    /** The id of the record at a position of the list. */
    private final IntFunction<String> idAt;

    private RecordIndex(Function<T, String> id, RecordList<T> list, IdPositions indexedAtOnce,
                        IdTrie<T> addedSince) {
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
        return new RecordIndex<>(id, RecordList.of(records), positions, IdTrie.empty(id));
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
        IdTrie<T> wider = addedSince;
        for (T record : added) {
            longer = longer.plus(record);
            wider = wider.plus(record);
        }
        return new RecordIndex<>(id, longer, indexedAtOnce, wider);
    }

    List<T> list() {
        return list;
    }

    T get(String key) {
        int position = indexedAtOnce.get(key, idAt);
        return position >= 0 ? list.get(position) : addedSince.get(key);
    }
}
