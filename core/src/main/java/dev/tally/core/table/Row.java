package dev.tally.core.table;

import java.util.List;

/**
 * One row of a table as read: its number and the cells it holds, in column order.
 *
 * @param number  the 1-based row number
 * @param cells  the cells, each column at most once, in column order
 */
public record Row(int number, List<Cell> cells) {

    /**
     * Copies the cells.
     *
     * @param number  the 1-based row number
     * @param cells  the cells, each column at most once, in column order
     */
    public Row {
        cells = List.copyOf(cells);
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
}
