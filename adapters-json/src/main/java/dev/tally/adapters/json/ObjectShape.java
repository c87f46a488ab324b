package dev.tally.adapters.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fields of one kind of JSON object: their names in the order written, and which are required.
 * A field's index is its position in that order.
 */
final class ObjectShape {

    private final List<String> names;
    /** The names again, in an array for the identity comparisons of {@link #index(String, int)}. */
    private final String[] interned;
    private final Map<String, Integer> indexes;
    private final int required;
    private final String expected;

    /**
     * @param names  every field, in the written order; a name ending in {@code ?} is optional
     */
    ObjectShape(String... names) {
        if (names.length > Integer.SIZE - 1) {
            throw new IllegalArgumentException("an object shape holds at most 31 fields");
        }
        this.names = IntStream.range(0, names.length).mapToObj(i -> names[i].replace("?", "").intern()).toList();
        this.interned = this.names.toArray(String[]::new);
        this.indexes = IntStream.range(0, names.length).boxed()
                .collect(Collectors.toUnmodifiableMap(this.names::get, Function.identity()));
        this.required = IntStream.range(0, names.length).filter(i -> !names[i].endsWith("?"))
                .reduce(0, (mask, i) -> mask | 1 << i);
        this.expected = "expected " + String.join(", ", this.names);
    }

    /**
     * The index of the named field, or -1 if the shape has no such field. Jackson interns the names
     * it reads, so the names of a well-formed object are found by identity before any hashing.
     */
    int index(String name) {
        return index(name, 0);
    }

    /**
     * As {@link #index(String)}, trying first the field expected next: objects written in the
     * shape's order, as the writers write them, find each field at the first comparison.
     *
     * @param expected  the index of the field expected, such as the one after the field read before
     */
    int index(String name, int expected) {
        if (expected < interned.length && interned[expected] == name) {
            return expected;
        }
        for (int i = 0; i < interned.length; i++) {
            if (interned[i] == name) {
                return i;
            }
        }
        Integer index = indexes.get(name);
        return index == null ? -1 : index;
    }

    /** How many fields the shape has. */
    int size() {
        return interned.length;
    }

    /** Whether the fields seen include every required one. */
    boolean complete(int seen) {
        return (required & ~seen) == 0;
    }

    /** The required fields not among those seen, in order. */
    List<String> missing(int seen) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if ((required & ~seen & 1 << i) != 0) {
                missing.add(names.get(i));
            }
        }
        return missing;
    }

    /** "expected a, b, c", for the message on an unknown field. */
    String expected() {
        return expected;
    }
}
