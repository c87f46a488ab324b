package dev.tally.core.model;

import java.util.function.IntFunction;

/**
 * The positions of records in a list by their ids, each id once: an open-addressing hash table,
 * linear probing, at most half full, each slot a long holding an id's hash and a position. It holds
 * no entry object and no boxed position per record (16 to 32 bytes per record, where a hash map
 * takes some 40), and asks the list for an id only where the hashes agree, so that a probe does not
 * wander the heap. Filled once, for a known number of records, and never changed after it is handed
 * on; not thread-safe while it is filled.
 */
final class IdPositions {

    /** The hash in the high half, the position plus one in the low half; 0 marks a free slot. */
    private final long[] slots;
    private final int mask;
    private final int capacity;
    private int size;

    /**
     * An empty table for up to the given number of records.
     *
     * @param capacity  the most records it will hold
     */
    IdPositions(int capacity) {
        this.capacity = Math.max(4, capacity);
        int length = Integer.highestOneBit(this.capacity * 2 - 1) << 1;
        this.slots = new long[length];
        this.mask = length - 1;
    }

    /**
     * The position of the record with the given id.
     *
     * @param key  the id, not null
     * @param idAt  the id of the record at a position
     * @return the position, or -1 if no record has the id
     */
    int get(String key, IntFunction<String> idAt) {
        int hash = IdTrie.hash(key);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (matches(slot, hash, key, idAt)) {
                return position(slot);
            }
        }
    }

    /**
     * Adds the position of a record unless a record with its id is held.
     *
     * @param key  the record's id, not null
     * @param position  the record's position, 0 or more
     * @param idAt  the id of the record at a position
     * @return the position held for the id, or -1 if this one was added
     * @throws IllegalStateException if the table holds as many records as it was made for
     */
    int putIfAbsent(String key, int position, IntFunction<String> idAt) {
        int hash = IdTrie.hash(key);
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                if (size == capacity) {
                    throw new IllegalStateException("the table holds the " + capacity + " records it was made for");
                }
                size++;
                slots[i] = (long) hash << 32 | (position + 1L);
                return -1;
            }
            if (matches(slot, hash, key, idAt)) {
                return position(slot);
            }
        }
    }

    private static boolean matches(long slot, int hash, String key, IntFunction<String> idAt) {
        return (int) (slot >>> 32) == hash && key.equals(idAt.apply(position(slot)));
    }

    private static int position(long slot) {
        return (int) slot - 1;
    }
}
