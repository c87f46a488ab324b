package dev.tally.core.table;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the id of a source or subject by what a cell calls it: its id, its id in another case, or
 * its name ignoring case, spaces and punctuation. Not thread-safe.
 */
final class Registry {

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> lowerIds = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Registers a record's id and name. */
    void register(String id, String name) {
        ids.putIfAbsent(id, id);
        lowerIds.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
        names.putIfAbsent(Heading.key(name), id);
    }

    /** Whether no record is registered. */
    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** Whether a record with this exact id is registered. */
    boolean hasId(String id) {
        return ids.containsKey(id);
    }

    /** The id of the record a text names, or null if none is registered by that text. */
    String find(String text) {
        String id = ids.get(text);
        if (id == null) {
            id = lowerIds.get(text.toLowerCase(Locale.ROOT));
        }
        return id == null ? names.get(Heading.key(text)) : id;
    }
}
