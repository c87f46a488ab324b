package dev.tally.core.table;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of the texts a column has already given: the rows of a table repeat the same few
 * periods, bases and names, so each text is read once and its value, immutable, shared by every
 * row that gives it. A text that cannot be read is read again each time, to fail with its own
 * message. Holds at most {@link #MAX_TEXTS} texts, the first ones. Not thread-safe.
 *
 * @param <T>  the values, immutable
 */
final class Memo<T> {

    /** The most texts kept; a column of all different texts stops being kept there. */
    static final int MAX_TEXTS = 4096;

    private final Function<String, T> read;
    private final Map<String, T> values = new HashMap<>();

    /** A memo of a reading that throws an {@link IllegalArgumentException} when a text cannot be read. */
    Memo(Function<String, T> read) {
        this.read = read;
    }

    /** The value of a text, as the reading gives it. */
    T get(String text) {
        T value = values.get(text);
        if (value == null) {
            value = read.apply(text);
            if (values.size() < MAX_TEXTS) {
                values.put(text, value);
            }
        }
        return value;
    }
}
