package dev.tally.core.model;

import java.util.function.IntFunction;

/**
 * The positions of records in a list by their ids, each id once: an open-addressing hash table,
 * linear probing, at most half full, each slot a long holding an id's hash and a position. It holds
 * no entry object and no boxed position per record (16 to 32 bytes per record, where a hash map
 * takes some 40), asks the list for an id only where the hashes agree, so that a probe does not
 * wander the heap, and grows without asking for any id. Never changed once handed on to an index;
 * not thread-safe while it is filled.
 */
final class IdPositions {

    /** The hash in the high half, the position plus one in the low half; 0 marks a free slot. */
    private long[] slots;
    private int mask;
    private int size;

    /**
     * An empty table.
     *
     * @param expected  how many records it will likely hold; it grows beyond
     */
    IdPositions(int expected) {
        int length = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        this.slots = new long[length];
        this.mask = length - 1;
    }

    private IdPositions(IdPositions other) {
        this.slots = other.slots.clone();
        this.mask = other.mask;
        this.size = other.size;
    }

    /**
     * A copy, to be changed while this one is not.
     *
     * @return the copy, never null
     */
    IdPositions copy() {
        return new IdPositions(this);
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
     */
    int putIfAbsent(String key, int position, IntFunction<String> idAt) {
        int hash = IdTrie.hash(key);
        int i = hash & mask;
        for (long slot = slots[i]; slot != 0; slot = slots[i]) {
            if (matches(slot, hash, key, idAt)) {
                return position(slot);
            }
            i = (i + 1) & mask;
        }
        slots[i] = (long) hash << 32 | (position + 1L);
        if (++size * 2 > slots.length) {
            grow();
        }
        return -1;
    }

    /** Twice the slots, each entry placed again by the hash it holds. */
    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
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
