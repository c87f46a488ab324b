package dev.tally.core.table;

import java.util.Arrays;

/**
 * The values already made from texts that repeat across records (ids, figures, periods, kinds),
 * looked up by the parser's characters so that a text seen before costs no string and no parse.
 * It holds at most a fixed number of texts; once full, it only answers for those it holds. A reader
 * whose parser hands it characters (JSON's, CSV's) keeps one per kind of value. Not thread-safe.
 *
 * @param <T> the kind of value
 */
public final class TextTable<T> {

    private final int limit;
    private char[][] keys = new char[64][];
    private Object[] values = new Object[64];
    private int size;

    /**
     * An empty table.
     *
     * @param limit  how many texts the table holds at most
     */
    public TextTable(int limit) {
        this.limit = limit;
    }

    /**
     * The value made from a text, looked up by its characters.
     *
     * @param chars  the characters that hold the text
     * @param offset  where the text starts in them
     * @param length  how long the text is
     * @return the value held for the text in {@code chars[offset, offset + length)}; null if none is held
     */
    @SuppressWarnings("unchecked")
    public T get(char[] chars, int offset, int length) {
        int mask = keys.length - 1;
        for (int slot = hash(chars, offset, length) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (Arrays.equals(key, 0, key.length, chars, offset, offset + length)) {
                return (T) values[slot];
            }
        }
        return null;
    }

    /**
     * Whether the table holds as many texts as it may.
     *
     * @return true if {@link #put} holds no more
     */
    public boolean isFull() {
        return size == limit;
    }

    /**
     * Holds the value made from a text not held yet, unless the table is full.
     *
     * @param text  the text, not held yet
     * @param value  the value made from it
     */
    public void put(String text, T value) {
        if (size == limit) {
            return;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(text.toCharArray(), value);
        size++;
    }

    private void insert(char[] key, Object value) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    /**
     * {@link String#hashCode()}'s sum, mixed (MurmurHash3's finaliser) so that texts that differ
     * in their last characters, such as numbered ids, do not fall into neighbouring slots and make
     * one long run for every probe to walk.
     */
    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
