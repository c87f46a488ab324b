package dev.tally.core.table;

import dev.tally.core.spi.Location;
import java.util.Map;

/**
 * One data row of a sheet, its cells keyed by the sheet's columns.
 *
 * @param <C>  the sheet's columns
 * @param layout  where the sheet's columns are
 * @param number  the 1-based row number
 * @param cells  the non-blank cells of known columns
 */
record TableRow<C extends Enum<C> & Heading>(TableLayout<C> layout, int number, Map<C, Cell> cells) {

    /** The place of a column in this row. */
    Location at(C column) {
        return layout.at(column, number);
    }

    /** The place of the whole row. */
    Location row() {
        return layout.row(number);
    }
}
