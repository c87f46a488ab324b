package dev.tally.core.table;

import dev.tally.core.spi.Location;
import java.util.EnumMap;

/**
 * One data row of a sheet, its cells found by the sheet's columns: the row as read, each column
 * at the index its layout gives, or, when a mapping has filled or changed cells, the cells it made.
 *
 * @param <C>  the sheet's columns
 * @param layout  where the sheet's columns are
 * @param number  the 1-based row number
 * @param read  the row as read
 * @param mapped  the cells of known columns as a mapping made them, or null when they are the row's own
 */
record TableRow<C extends Enum<C> & Heading>(TableLayout<C> layout, int number, Row read, EnumMap<C, Cell> mapped) {

    /** The cell of a column, or null if the row has none. */
    Cell cell(C column) {
        if (mapped != null) {
            return mapped.get(column);
        }
        int index = layout.position(column);
        return index < 0 ? null : read.cell(index);
    }

    /** Whether the row has a cell in a column. */
    boolean has(C column) {
        if (mapped != null) {
            return mapped.containsKey(column);
        }
        int index = layout.position(column);
        return index >= 0 && read.has(index);
    }

    /** The place of a column in this row. */
    Location at(C column) {
        return layout.at(column, number);
    }

    /** The place of the whole row. */
    Location row() {
        return layout.row(number);
    }
}
