package dev.tally.core.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The records of one kind in a ledger: in the order added, and by id. Immutable. */
final class RecordIndex<T> {

    private final List<T> list;
    private final Map<String, T> byId;

    RecordIndex(List<T> records, Function<T, String> id) {
        this.list = List.copyOf(records);
        Map<String, T> map = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
        records.forEach(record -> map.put(id.apply(record), record));
        this.byId = Collections.unmodifiableMap(map);
    }

    List<T> list() {
        return list;
    }

    Map<String, T> byId() {
        return byId;
    }

    T get(String id) {
        return byId.get(id);
    }
}
