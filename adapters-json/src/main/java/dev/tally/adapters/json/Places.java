package dev.tally.adapters.json;

import dev.tally.core.spi.Location;
import java.util.Arrays;

/**
 * Where each record of one kind started in the input, by the order it was added to the ledger
 * builder, so that the ledger's violations can be placed. Kept in plain arrays: a million estimates
 * cost 12 MB, not a million pointers.
 */
final class Places {

    private final String prefix;
    private int size;
    private int[] indexes = new int[16];
    /** The places, as {@link JsonInput#place(long, long)} packs them. */
    private long[] starts = new long[16];

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
     * @param start  where it starts, as {@link JsonInput#start()} gives it
     */
    void add(int index, long start) {
        if (size == indexes.length) {
            int grown = size * 2;
            indexes = Arrays.copyOf(indexes, grown);
            starts = Arrays.copyOf(starts, grown);
        }
        indexes[size] = index;
        starts[size] = start;
        size++;
    }

    /** The place of the record added at the given position. */
    Location.JsonPointer get(int position) {
        String pointer = indexes[position] < 0 ? "" : prefix + indexes[position];
        return JsonInput.at(pointer, starts[position]);
    }
}
