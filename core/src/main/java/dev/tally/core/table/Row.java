package dev.tally.core.table;

import java.util.List;
import java.util.Objects;

/**
 * One row of a table as read: its number and the cells it holds, in column order.
 *
 * @param number  the 1-based row number
 * @param cells  the cells, each column at most once, in column order
 */
public record Row(int number, List<Cell> cells) {

    /**
     * Copies the cells, unless they are {@link RowCells}: an array that {@link #owning} handed over,
     * or a format's own.
     *
     * @param number  the 1-based row number
     * @param cells  the cells, each column at most once, in column order
     */
    public Row {
        cells = cells instanceof RowCells ? cells : new Owned(cells.toArray(new Cell[0]));
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
        return ((RowCells) cells).isBlank();
    }

    /**
     * The cell at a column index; if the row holds several there, the last.
     *
     * @param column  the 0-based column index
     * @return the cell, or null if the row holds none at that column
     */
    public Cell cell(int column) {
        return ((RowCells) cells).cell(column);
    }

    /**
     * Whether the row holds a cell at a column index.
     *
     * @param column  the 0-based column index
     * @return true if {@link #cell} gives a cell there
     */
    public boolean has(int column) {
        return ((RowCells) cells).has(column);
    }

    /** The cells of an array handed over, read-only. */
    private static final class Owned extends RowCells {
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
