package dev.tally.core.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Records by their ids, unique, as a map whose versions share their structure: a hash array mapped
 * trie (Bagwell), 32 ways at each level. A node holds, in the order of the bits set in its bitmap,
 * records and the nodes below; records whose ids hash alike sit together in a {@link Collision}.
 * Adding copies the path to the new record: O(log32 n), the old trie unchanged.
 * Immutable and thread-safe.
 */
final class IdTrie<T> {

    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;

    private final Function<? super T, String> id;
    /** Null when empty, else a record, a {@link Node} or a {@link Collision}. */
    private final Object root;

    private record Node(int bitmap, Object[] slots) {
    }

    private record Collision(int hash, Object[] records) {
    }

    private IdTrie(Function<? super T, String> id, Object root) {
        this.id = id;
        this.root = root;
    }

    /**
     * The empty trie.
     *
     * @param id  the id of a record
     * @return the trie, never null
     */
    static <T> IdTrie<T> empty(Function<? super T, String> id) {
        return new IdTrie<>(id, null);
    }

    /**
     * The record with the given id.
     *
     * @param key  the id, not null
     * @return the record, or null if there is none
     */
    @SuppressWarnings("unchecked")
    T get(String key) {
        int hash = hash(key);
        Object slot = root;
        for (int shift = 0; slot instanceof Node node; shift += BITS) {
            int bit = bit(hash, shift);
            if ((node.bitmap & bit) == 0) {
                return null;
            }
            slot = node.slots[index(node.bitmap, bit)];
        }
        if (slot instanceof Collision collision) {
            return (T) Arrays.stream(collision.records).filter(r -> key.equals(idOf(id, r))).findFirst().orElse(null);
        }
        return slot != null && key.equals(idOf(id, slot)) ? (T) slot : null;
    }

    /**
     * This trie with one more record.
     *
     * @param record  the record, not null, its id not in the trie
     * @return the new trie, never null; this one is unchanged
     * @throws IllegalArgumentException if the id is in the trie
     */
    IdTrie<T> plus(T record) {
        String key = idOf(id, Objects.requireNonNull(record, "record"));
        return new IdTrie<>(id, root == null ? record : insert(root, record, key, hash(key), 0));
    }

    private Object insert(Object slot, Object record, String key, int hash, int shift) {
        if (slot instanceof Node node) {
            int bit = bit(hash, shift);
            int index = index(node.bitmap, bit);
            Object[] slots;
            if ((node.bitmap & bit) == 0) {
                slots = new Object[node.slots.length + 1];
                System.arraycopy(node.slots, 0, slots, 0, index);
                System.arraycopy(node.slots, index, slots, index + 1, node.slots.length - index);
                slots[index] = record;
            } else {
                slots = node.slots.clone();
                slots[index] = insert(node.slots[index], record, key, hash, shift + BITS);
            }
            return new Node(node.bitmap | bit, slots);
        }
        Object[] here = slot instanceof Collision collision ? collision.records : new Object[] {slot};
        int hereHash = hash(idOf(id, here[0]));
        if (hereHash != hash) {
            return split(slot, hereHash, record, hash, shift);
        }
        Object[] records = Arrays.copyOf(here, here.length + 1);
        records[here.length] = record;
        return collision(hash, records);
    }

    /** The node that holds two slots whose hashes differ, as deep as their hashes agree. */
    private static Object split(Object a, int hashA, Object b, int hashB, int shift) {
        int chunkA = chunk(hashA, shift);
        int chunkB = chunk(hashB, shift);
        if (chunkA == chunkB) {
            return new Node(1 << chunkA, new Object[] {split(a, hashA, b, hashB, shift + BITS)});
        }
        return new Node((1 << chunkA) | (1 << chunkB), chunkA < chunkB ? new Object[] {a, b} : new Object[] {b, a});
    }

    /** Records whose ids hash alike; refuses two with one id. */
    private Collision collision(int hash, Object[] records) {
        for (int i = 1; i < records.length; i++) {
            String key = idOf(id, records[i]);
            for (int j = 0; j < i; j++) {
                if (key.equals(idOf(id, records[j]))) {
                    throw new IllegalArgumentException("id \"" + key + "\" is taken");
                }
            }
        }
        return new Collision(hash, records);
    }

    @SuppressWarnings("unchecked")
    private static <T> String idOf(Function<? super T, String> id, Object record) {
        return id.apply((T) record);
    }

    /** The id's hash, mixed (MurmurHash3's finaliser) so that ids alike but for their last characters spread. */
    static int hash(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static int chunk(int hash, int shift) {
        return (hash >>> shift) & MASK;
    }

    private static int bit(int hash, int shift) {
        return 1 << chunk(hash, shift);
    }

    private static int index(int bitmap, int bit) {
        return Integer.bitCount(bitmap & (bit - 1));
    }
}
