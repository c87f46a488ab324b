package dev.tally.adapters.json;

/**
 * The ids of the estimates read so far, so that a revision names the estimate it revises with that estimate's own
 * id string and the reader's copy of the text dies young: in an analyst's ledger most estimates revise another, and
 * their copies would otherwise stay as long as the ledger (600,000 strings, 29 MB, of a 1,000,000-estimate one).
 * An open-addressing table of the id strings themselves and their hashes, linear probing, at most half full: no
 * entry object per id, and two arrays, which past some 100,000 ids are large enough to be allocated outside the young
 * generation, where the garbage collector never copies them. Not thread-safe.
 */
final class EstimateIds {

    /** The ids, each at the slot of its hash or the first free one after it; the hash of each beside it. */
    private String[] ids = new String[1 << 10];
    private int[] hashes = new int[ids.length];
    private int size;

    /**
     * Holds an id read, unless one of the same text is held.
     *
     * @param id  the id, not null
     */
    void add(String id) {
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        int hash = hash(id);
        int slot = slot(id, hash);
        if (ids[slot] == null) {
            ids[slot] = id;
            hashes[slot] = hash;
            size++;
        }
    }

    /**
     * The id held of the same text as the one given.
     *
     * @param text  an id read, or null
     * @return the id held of the same text; the text itself if none is held or it is null
     */
    String shared(String text) {
        if (text == null) {
            return null;
        }
        String held = ids[slot(text, hash(text))];
        return held != null ? held : text;
    }

    /**
     * The slot that holds the text, or the free one where it would go. The hashes are compared first, so that a
     * probe reads the id strings, which lie anywhere in the heap, only where they agree.
     */
    private int slot(String text, int hash) {
        int mask = ids.length - 1;
        int slot = hash & mask;
        while (ids[slot] != null && (hashes[slot] != hash || !ids[slot].equals(text))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * {@link String#hashCode()} mixed (the golden ratio's multiplier, its high bits folded down), so that numbered
     * ids, whose hashes follow one another, do not fill one long run of slots for every probe to walk.
     */
    private static int hash(String text) {
        int h = text.hashCode() * 0x9E3779B9;
        return h ^ h >>> 16;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        ids = new String[oldIds.length * 2];
        hashes = new int[ids.length];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(oldIds[i], oldHashes[i]);
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
