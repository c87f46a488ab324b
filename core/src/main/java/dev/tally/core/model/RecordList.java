package dev.tally.core.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.Spliterators;

/**
 * Records in the order added, as an unmodifiable list whose versions share their structure: a
 * persistent vector (Bagwell, as Clojure's), a trie of arrays of 32 with the last, partly filled
 * array aside (the tail). Adding copies the tail, or when the tail is full, the path to where it goes:
 * O(log32 n), the old list unchanged. Immutable and thread-safe; no nulls.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {

    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;

    private final int size;
    /** The level of the root: the child holding index i is {@code root[(i >>> shift) & MASK]}; leaves are level 0. */
    private final int shift;
    private final Object[] root;
    private final Object[] tail;

    private RecordList(int size, int shift, Object[] root, Object[] tail) {
        this.size = size;
        this.shift = shift;
        this.root = root;
        this.tail = tail;
    }

    /**
     * A list of the given records, built in one pass.
     *
     * @param records  the records, none null
     * @return the list, never null
     */
    static <T> RecordList<T> of(List<? extends T> records) {
        Object[] items = records.toArray();
        int start = tailStart(items.length);
        List<Object[]> level = new ArrayList<>(start / WIDTH);
        for (int i = 0; i < start; i += WIDTH) {
            level.add(Arrays.copyOfRange(items, i, i + WIDTH));
        }
        int shift = BITS;
        while (level.size() > WIDTH) {
            List<Object[]> parents = new ArrayList<>(level.size() / WIDTH + 1);
            for (int i = 0; i < level.size(); i += WIDTH) {
                parents.add(node(level.subList(i, Math.min(i + WIDTH, level.size()))));
            }
            level = parents;
            shift += BITS;
        }
        return new RecordList<>(items.length, shift, node(level), Arrays.copyOfRange(items, start, items.length));
    }

    private static Object[] node(List<Object[]> children) {
        return Arrays.copyOf(children.toArray(), WIDTH);
    }

    /** Where the tail starts: the tree holds every full array of 32 but the last. */
    private static int tailStart(int size) {
        return size == 0 ? 0 : ((size - 1) >>> BITS) << BITS;
    }

    /**
     * This list with one more record at the end.
     *
     * @param record  the record, not null
     * @return the new list, never null; this one is unchanged
     */
    RecordList<T> plus(T record) {
        Objects.requireNonNull(record, "record");
        if (size - tailStart(size) < WIDTH) {
            Object[] longer = Arrays.copyOf(tail, tail.length + 1);
            longer[tail.length] = record;
            return new RecordList<>(size + 1, shift, root, longer);
        }
        Object[] newRoot;
        int newShift = shift;
        if ((size >>> BITS) > (1 << shift)) {
            newRoot = new Object[WIDTH];
            newRoot[0] = root;
            newRoot[1] = path(shift, tail);
            newShift += BITS;
        } else {
            newRoot = pushTail(shift, root);
        }
        return new RecordList<>(size + 1, newShift, newRoot, new Object[] {record});
    }

    /** A copy of the node at the given level with the full tail in place, at index {@code size - 1}. */
    private Object[] pushTail(int level, Object[] node) {
        int index = ((size - 1) >>> level) & MASK;
        Object[] copy = node.clone();
        Object child = node[index];
        copy[index] = level == BITS ? tail
                : child == null ? path(level - BITS, tail) : pushTail(level - BITS, (Object[]) child);
        return copy;
    }

    /** Nodes down from the given level to the leaf, each the first child of the one above. */
    private static Object[] path(int level, Object[] leaf) {
        if (level == 0) {
            return leaf;
        }
        Object[] node = new Object[WIDTH];
        node[0] = path(level - BITS, leaf);
        return node;
    }

    /** The array of 32 (or the tail) that holds the given index. */
    private Object[] leafOf(int index) {
        if (index >= tailStart(size)) {
            return tail;
        }
        Object[] node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Object[]) node[(index >>> level) & MASK];
        }
        return node;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        Objects.checkIndex(index, size);
        return (T) leafOf(index)[index & MASK];
    }

    @Override
    public int size() {
        return size;
    }

    /** Walks the arrays of 32 one after the other, rather than down the trie for every record. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;
            private Object[] leaf;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                if ((next & MASK) == 0) {
                    leaf = leafOf(next);
                }
                return (T) leaf[next++ & MASK];
            }
        };
    }

    @Override
    public Spliterator<T> spliterator() {
        return Spliterators.spliterator(iterator(), size,
                Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL);
    }
}
