package dev.tally.adapters.json;

/**
 * The ids of the estimates read so far, so that a revision names the estimate it revises with that estimate's own
 * id string and the reader's copy of the text dies young: in an analyst's ledger most estimates revise another, and
 * their copies would otherwise stay as long as the ledger (600,000 strings, 29 MB, of a 1,000,000-estimate one).
 * An open-addressing table of the id strings themselves, linear probing, at most half full: no entry object per
 * id, and a single array, which past some 100,000 ids is large enough to be allocated outside the young generation,
 * where the garbage collector never copies it. Not thread-safe.
 */
final class EstimateIds {

    private String[] slots = new String[1024];
    private int size;

    /**
     * Holds an id read, unless one of the same text is held.
     *
     * @param id  the id, not null
     */
    void add(String id) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int slot = slot(slots, id);
        if (slots[slot] == null) {
            slots[slot] = id;
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
        String held = slots[slot(slots, text)];
        return held != null ? held : text;
    }

    /** The slot of a table that holds the text, or the free slot where it would go. */
    private static int slot(String[] table, String text) {
        int mask = table.length - 1;
        int h = text.hashCode();
        int slot = (h ^ h >>> 16) & mask;
        while (table[slot] != null && !table[slot].equals(text)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        for (String id : old) {
            if (id != null) {
                slots[slot(slots, id)] = id;
            }
        }
    }
}
