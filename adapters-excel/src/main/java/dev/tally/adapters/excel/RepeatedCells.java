package dev.tally.adapters.excel;

import dev.tally.core.table.Cell;
import dev.tally.core.table.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells a sheet's columns repeat (a source, a metric, a day, a shared string), made once and
 * shared by every row that repeats them. A cell is looked up by its column and its key: one
 * character that says what the value's text means (its kind of cell and, for a number, its style),
 * then the value's raw text as the XML holds it, so that a repeated value costs no string, no parse
 * and no cell. Only short texts are held, the first ones of each column; a column whose values
 * mostly differ from those (ids, amounts) is no longer looked up. Not thread-safe.
 */
final class RepeatedCells {

    /** The longest raw text whose cell is shared; longer ones (notes, quotes) rarely repeat. */
    static final int SHARED_LENGTH = 64;
    /** How many texts of a column have their cell shared, the first ones. */
    private static final int SHARED_TEXTS = 1024;
    /** Lookups after a column holds all it may, at least half of which must find a cell for it to be kept. */
    private static final int TRIAL = 4096;

    private final List<Column> columns = new ArrayList<>();

    /**
     * The cell held for a key, or null.
     *
     * @param key  the key's characters: what the text means, then the raw text
     * @param length  how many of them
     */
    Cell get(int column, char[] key, int length) {
        return column < columns.size() ? columns.get(column).get(key, length) : null;
    }

    /** Holds the cell made for a key not held yet, unless the column holds all it may. */
    void put(int column, char[] key, int length, Cell cell) {
        while (columns.size() <= column) {
            columns.add(new Column());
        }
        columns.get(column).put(key, length, cell);
    }

    /** The cells of one column, and how often they are found once it holds all it may. */
    private static final class Column {
        private TextTable<Cell> cells = new TextTable<>(SHARED_TEXTS);
        private int held;
        private int lookups;
        private int found;

        Cell get(char[] key, int length) {
            if (cells == null) {
                return null;
            }
            Cell cell = cells.get(key, 0, length);
            if (held == SHARED_TEXTS) {
                lookups++;
                found += cell == null ? 0 : 1;
                if (lookups == TRIAL) {
                    cells = 2 * found < TRIAL ? null : cells;
                    lookups = 0;
                    found = 0;
                }
            }
            return cell;
        }

        void put(char[] key, int length, Cell cell) {
            if (cells != null && held < SHARED_TEXTS) {
                cells.put(new String(key, 0, length), cell);
                held++;
            }
        }
    }
}
