package dev.tally.adapters.csv;

import dev.tally.core.table.Cell;
import dev.tally.core.table.RowCells;
import dev.tally.core.table.TableLimits;
import java.util.Arrays;

/**
 * The fields of one record as the cells of its row: the record's characters, each field's cell
 * made only when it is read, so that a column no one reads (a Low beside a Figure) costs no text.
 * A field that is empty holds no cell. The cells of one file are made by its {@link SharedCells},
 * on one thread at a time.
 */
final class CsvFields extends RowCells {

    private final char[] chars;
    /** Where each field ends in {@link #chars}; a field starts where the one before it ends. */
    private final int[] ends;
    private final SharedCells shared;
    /** The index of each non-empty field, for reading the cells in order; made when first needed. */
    private int[] filled;

    /**
     * The fields of a record.
     *
     * @param chars  the fields' characters, one after the other; owned from now on
     * @param ends  where each field ends in them; owned from now on
     */
    CsvFields(char[] chars, int[] ends, SharedCells shared) {
        this.chars = chars;
        this.ends = ends;
        this.shared = shared;
    }

    @Override
    public Cell cell(int column) {
        return has(column) ? shared.cell(column, chars, start(column), ends[column] - start(column)) : null;
    }

    @Override
    public boolean has(int column) {
        return column >= 0 && column < ends.length && ends[column] > start(column);
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
        for (int field = 0; field < ends.length; field++) {
            int start = start(field);
            int length = ends[field] - start;
            boolean plain = length <= TableLimits.MAX_CELL_CHARACTERS && (length == 0 || chars[start] != '\'');
            if (plain ? !blank(start, ends[field]) : !cell(field).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A field's characters as a text, as the record holds them. */
    String raw(int field) {
        return new String(chars, start(field), ends[field] - start(field));
    }

    private int start(int field) {
        return field == 0 ? 0 : ends[field - 1];
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private int[] filled() {
        if (filled == null) {
            int[] found = new int[ends.length];
            int count = 0;
            for (int field = 0; field < ends.length; field++) {
                if (has(field)) {
                    found[count++] = field;
                }
            }
            filled = Arrays.copyOf(found, count);
        }
        return filled;
    }
}
