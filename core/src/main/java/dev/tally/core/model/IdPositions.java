package dev.tally.core.model;

import java.util.function.IntFunction;

/**
 * The positions of records in a list by their ids, each id once: an open-addressing hash table of
 * ints, linear probing, at most half full. It holds no entry object and no boxed position per
 * record (4 to 8 bytes per record, where a hash map takes some 40), and asks the list for an id
 * only where the probe lands. Filled once, for a known number of records, and never changed after
 * it is handed on; not thread-safe while it is filled.
 */
final class IdPositions {

    /** A position plus one; 0 marks a free slot. */
    private final int[] slots;
    private final int mask;
    private final int capacity;
    private int size;

    /**
     * An empty table for up to the given number of records.
     *
     * @param capacity  the most records it will hold
     */
    IdPositions(int capacity) {
        int length = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
        this.slots = new int[length];
        this.mask = length - 1;
        this.capacity = Math.max(4, capacity);
    }

    /**
     * The position of the record with the given id.
     *
     * @param key  the id, not null
     * @param idAt  the id of the record at a position
     * @return the position, or -1 if no record has the id
     */
    int get(String key, IntFunction<String> idAt) {
        for (int i = IdTrie.hash(key) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (key.equals(idAt.apply(slot - 1))) {
                return slot - 1;
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
        for (int i = IdTrie.hash(key) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                if (size == capacity) {
                    throw new IllegalStateException("the table holds the " + capacity + " records it was made for");
                }
                size++;
                slots[i] = position + 1;
                return -1;
            }
            if (key.equals(idAt.apply(slot - 1))) {
                return slot - 1;
            }
        }
    }
}
