package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.tally.core.spi.Location;
import java.util.Arrays;

/**
 * Where each record of one kind started in the input, by the order it was added to the ledger
 * builder, so that the ledger's violations can be placed. Kept in plain arrays: a million estimates
 * cost 16 MB, not a million pointers.
 */
final class Places {

    private final String prefix;
    private int size;
    private int[] indexes = new int[16];
    private long[] lines = new long[16];
    private int[] columns = new int[16];

    /**
     * @param prefix  the pointer of the records' array followed by a slash, such as {@code /estimates/}
     */
    Places(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Remembers the next record's place.
     *
     * @param index  its index in its array, or -1 for a record that is a whole line
     * @param start  where it starts
     */
    void add(int index, JsonLocation start) {
        if (size == indexes.length) {
            int grown = size * 2;
            indexes = Arrays.copyOf(indexes, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
        }
        indexes[size] = index;
        lines[size] = Math.max(1, start.getLineNr());
        columns[size] = Math.max(1, start.getColumnNr());
        size++;
    }

    /** The place of the record added at the given position. */
    Location.JsonPointer get(int position) {
        String pointer = indexes[position] < 0 ? "" : prefix + indexes[position];
        return new Location.JsonPointer(pointer, lines[position], columns[position]);
    }
}
