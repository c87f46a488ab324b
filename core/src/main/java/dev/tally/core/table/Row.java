package dev.tally.core.table;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One row of a table as read: its number and the cells it holds, in column order.
 *
 * @param number  the 1-based row number
 * @param cells  the cells, each column at most once, in column order
 */
public record Row(int number, List<Cell> cells) {

    /**
     * Copies the cells, unless they are an array that {@link #owning} handed over.
     *
     * @param number  the 1-based row number
     * @param cells  the cells, each column at most once, in column order
     */
    public Row {
        cells = cells instanceof Owned ? cells : List.copyOf(cells);
    }

    /**
     * A row that takes an array as its cells without copying it, for a format that makes one
     * array per row: the caller hands the array over and must not change it afterwards.
     *
     * @param number  the 1-based row number
     * @param cells  the cells, each column at most once, in column order; none null
     * @return the row, its cells unmodifiable
     * @throws NullPointerException if a cell is null
     */
    public static Row owning(int number, Cell... cells) {
        return new Row(number, new Owned(cells));
    }

    /**
     * Whether every cell is blank.
     *
     * @return true if the row holds nothing
     */
    public boolean isBlank() {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cells of an array handed over, read-only. */
    private static final class Owned extends AbstractList<Cell> implements RandomAccess {
        private final Cell[] cells;

        Owned(Cell[] cells) {
            for (Cell cell : cells) {
                Objects.requireNonNull(cell, "cell");
            }
            this.cells = cells;
        }

        @Override
        public Cell get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return cells.length;
        }
    }
}
