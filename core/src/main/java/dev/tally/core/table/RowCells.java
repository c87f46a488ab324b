package dev.tally.core.table;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The cells of a {@link Row}, read-only, found by their column. A format that keeps a row in a
 * form of its own (such as a record's characters, its cells made only when read) extends this and
 * answers {@link #cell} and {@link #has} from that form.
 */
public abstract class RowCells extends AbstractList<Cell> implements RandomAccess {

    /** For subclasses. */
    protected RowCells() {
    }

    /**
     * The cell at a column index; if the row holds several there, the last.
     *
     * @param column  the 0-based column index
     * @return the cell, or null if the row holds none at that column
     */
    public Cell cell(int column) {
        for (int i = size() - 1; i >= 0; i--) {
            Cell cell = get(i);
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /**
     * Whether the row holds a cell at a column index.
     *
     * @param column  the 0-based column index
     * @return true if {@link #cell} gives a cell there
     */
    public boolean has(int column) {
        return cell(column) != null;
    }

    /**
     * Whether every cell is blank.
     *
     * @return true if the row holds nothing
     */
    public boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            if (!get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
