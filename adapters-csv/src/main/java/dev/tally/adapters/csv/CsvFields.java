package dev.tally.adapters.csv;

import dev.tally.core.table.Cell;
import dev.tally.core.table.RowCells;
import dev.tally.core.table.TableLimits;
import java.util.Arrays;

/**
 * The fields of one record as the cells of its row: the record's characters, each field's cell
 * made only when it is read, so that a column no one reads (a Low beside a Figure) costs no text.
 * A field that is empty holds no cell. The record is kept in one array: where each field ends,
 * then the fields' characters. The cells of one file are made by its {@link SharedCells}, on one
 * thread at a time.
 */
final class CsvFields extends RowCells {

    /** The longest record whose fields' ends take one character each; a longer one's take two. */
    private static final int NARROW = Character.MAX_VALUE;

    private final long line;
    private final int fields;
    /** Where the fields' characters start in {@link #data}, after their ends. */
    private final int text;
    /** Each field's end, relative to {@link #text}, then the fields' characters one after the other. */
    private final char[] data;
    private final SharedCells shared;
    /** The index of each non-empty field, for reading the cells in order; made when first needed. */
    private int[] filled;

    /**
     * The fields of a record, copied.
     *
     * @param line  the 1-based line the record starts on
     * @param chars  the fields' characters, one after the other, in its first {@code length}
     * @param ends  where each field ends in them, in its first {@code fields}
     */
    CsvFields(long line, char[] chars, int length, int[] ends, int fields, SharedCells shared) {
        this.line = line;
        this.fields = fields;
        this.shared = shared;
        int width = length > NARROW ? 2 : 1;
        this.text = fields * width;
        this.data = new char[text + length];
        for (int field = 0; field < fields; field++) {
            if (width == 1) {
                data[field] = (char) ends[field];
            } else {
                data[2 * field] = (char) (ends[field] >>> Character.SIZE);
                data[2 * field + 1] = (char) ends[field];
            }
        }
        System.arraycopy(chars, 0, data, text, length);
    }

    /** The 1-based line the record starts on. */
    long line() {
        return line;
    }

    /** How many fields the record has, empty ones included. */
    int fields() {
        return fields;
    }

    /** The 0-based index of the first field that holds a NUL character, or -1 if none does. */
    int nulField() {
        for (int i = text; i < data.length; i++) {
            if (data[i] == '\0') {
                int field = 0;
                while (end(field) <= i - text) {
                    field++;
                }
                return field;
            }
        }
        return -1;
    }

    @Override
    public Cell cell(int column) {
        return has(column) ? shared.cell(column, data, text + start(column), end(column) - start(column)) : null;
    }

    @Override
    public boolean has(int column) {
        return column >= 0 && column < fields && end(column) > start(column);
    }

    @Override
    public Cell get(int index) {
        return cell(filled()[index]);
    }

    @Override
    public int size() {
        return filled().length;
    }

    /** Whether every field is empty or, unguarded, white space; only a field that may be neither is made a cell. */
    @Override
    public boolean isBlank() {
        for (int field = 0; field < fields; field++) {
            int start = text + start(field);
            int length = end(field) - start(field);
            boolean plain = length <= TableLimits.MAX_CELL_CHARACTERS && (length == 0 || data[start] != '\'');
            if (plain ? !blank(start, start + length) : !cell(field).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A field's characters as a text, as the record holds them. */
    String raw(int field) {
        return new String(data, text + start(field), end(field) - start(field));
    }

    private int start(int field) {
        return field == 0 ? 0 : end(field - 1);
    }

    private int end(int field) {
        return text == fields ? data[field] : data[2 * field] << Character.SIZE | data[2 * field + 1];
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(data[i])) {
                return false;
            }
        }
        return true;
    }

    private int[] filled() {
        if (filled == null) {
            int[] found = new int[fields];
            int count = 0;
            for (int field = 0; field < fields; field++) {
                if (has(field)) {
                    found[count++] = field;
                }
            }
            filled = Arrays.copyOf(found, count);
        }
        return filled;
    }
}
