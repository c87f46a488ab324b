package dev.tally.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The records of one kind in a ledger: in the order added, and by id, both sharing their structure
 * with the index they were added to. The records indexed at once are found in a hash map, those
 * added one at a time since then in a trie: a large ledger read from a file is indexed as fast as a
 * hash map allows, and adding a record does not copy the map. Immutable and thread-safe.
 */
final class RecordIndex<T> {

    private final Function<T, String> id;
    private final RecordList<T> list;
    /** Never changed once built. */
    private final Map<String, T> indexedAtOnce;
    private final IdTrie<T> addedSince;

    private RecordIndex(Function<T, String> id, RecordList<T> list, Map<String, T> indexedAtOnce,
                        IdTrie<T> addedSince) {
        this.id = id;
        this.list = list;
        this.indexedAtOnce = indexedAtOnce;
        this.addedSince = addedSince;
    }

    /** An index of records whose ids are unique, built at once. */
    static <T> RecordIndex<T> of(List<T> records, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
        records.forEach(record -> map.put(id.apply(record), record));
        return new RecordIndex<>(id, RecordList.of(records), map, IdTrie.empty(id));
    }

    /**
     * This index with more records, whose ids are unique and new: one at a time when they are fewer
     * than those held, else all indexed again at once.
     */
    RecordIndex<T> plus(List<T> added) {
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
        T record = indexedAtOnce.get(key);
        return record != null ? record : addedSince.get(key);
    }
}
