package dev.tally.adapters.excel;

import java.util.List;

/**
 * One row of a sheet as read: its number and the cells it holds, in column order.
 *
 * @param number  the 1-based row number
 * @param cells  the cells, each column at most once, in column order
 */
record SheetRow(int number, List<SheetCell> cells) {

    /** Copies the cells. */
    SheetRow {
        cells = List.copyOf(cells);
    }

    /**
     * Whether every cell is blank.
     *
     * @return true if the row holds nothing
     */
    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
