package dev.tally.core.model;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The positions of records in a list by their ids, the first of each id: an open-addressing hash
 * table, linear probing, at most half full, each slot a long holding an id's hash and a position.
 * It holds no entry object and no boxed position per record (16 to 32 bytes per record, where a
 * hash map takes some 40), and asks the list for an id only where the hashes agree, so that a probe
 * does not wander the heap. Built at once and never changed; immutable and thread-safe.
 */
final class IdPositions {

    /** At most this many windows of the table are filled one after the other; see {@link #of}. */
    private static final int WINDOW_BITS = 10;

    /** The hash in the high half, the position plus one in the low half; 0 marks a free slot. */
    private final long[] slots;
    private final int mask;

    private IdPositions(int records) {
        int length = Integer.highestOneBit(Math.max(4, records) * 2 - 1) << 1;
        this.slots = new long[length];
        this.mask = length - 1;
    }

    /**
     * Collects the hashes of the ids of records, one record after the other, each while its id is
     * at hand (later it lies somewhere in a heap of a million records), and builds the table from
     * them. Not thread-safe.
     */
    static final class Builder {
        private int[] hashes = new int[16];
        private int count;

        /**
         * Takes the id of the next record.
         *
         * @param id  the id, not null
         * @return this builder
         */
        Builder add(String id) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash(id);
            return this;
        }

        /**
         * The table of the records taken so far; the builder may take more and build again.
         *
         * @param idAt  the id of the record at a position
         * @param repeated  told the position of each record whose id an earlier one has, in no given order
         * @return the table, never null
         */
        IdPositions build(IntFunction<String> idAt, IntConsumer repeated) {
            return of(hashes, count, idAt, repeated);
        }
    }

    /**
     * Indexes records by the hashes of their ids. The records are placed window by window of the
     * table, each window small enough to stay in the processor's cache, rather than in the order of
     * the list, which would touch a line of memory at random for each record.
     *
     * @param hashes  the hash of each record's id, in the order of the list
     * @param count  how many records there are, the first of {@code hashes}
     * @param idAt  the id of the record at a position
     * @param repeated  told the position of each record whose id an earlier one has, in no given order
     * @return the table, never null
     */
    private static IdPositions of(int[] hashes, int count, IntFunction<String> idAt, IntConsumer repeated) {
        IdPositions table = new IdPositions(count);
        int shift = Math.max(0, Integer.numberOfTrailingZeros(table.slots.length) - WINDOW_BITS);
        int[] next = new int[(table.slots.length >>> shift) + 1];
        for (int p = 0; p < count; p++) {
            next[table.window(hashes[p], shift) + 1]++;
        }
        for (int w = 1; w < next.length; w++) {
            next[w] += next[w - 1];
        }
        // Stable: within a window, and so among records of one id, the positions stay in order.
        int[] order = new int[count];
        for (int p = 0; p < count; p++) {
            order[next[table.window(hashes[p], shift)]++] = p;
        }
        for (int p : order) {
            if (!table.add(hashes[p], p, idAt)) {
                repeated.accept(p);
            }
        }
        return table;
    }

    private static int hash(String key) {
        return IdTrie.hash(key);
    }

    private int window(int hash, int shift) {
        return (hash & mask) >>> shift;
    }

    /** Adds the position unless a record with its id is held; whether it was added. */
    private boolean add(int hash, int position, IntFunction<String> idAt) {
        int i = hash & mask;
        for (long slot = slots[i]; slot != 0; slot = slots[i]) {
            if ((int) (slot >>> 32) == hash && idAt.apply(position(slot)).equals(idAt.apply(position))) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = (long) hash << 32 | (position + 1L);
        return true;
    }

    /**
     * The position of the record with the given id.
     *
     * @param key  the id, not null
     * @param idAt  the id of the record at a position
     * @return the position, or -1 if no record has the id
     */
    int get(String key, IntFunction<String> idAt) {
        int hash = hash(key);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == hash && key.equals(idAt.apply(position(slot)))) {
                return position(slot);
            }
        }
    }

    private static int position(long slot) {
        return (int) slot - 1;
    }
}
