package dev.tally.adapters.excel;

import dev.tally.core.spi.Location;
import java.util.EnumMap;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a sheet's columns are: which column index holds each known column, and the HXL
 * attributes of tagged columns.
 *
 * @param <C>  the sheet's columns
 */
final class TableLayout<C extends Enum<C> & Heading> {

    private final String sheet;
    private final EnumMap<C, Integer> columns;
    private final EnumMap<C, Set<String>> attributes;

    TableLayout(String sheet, EnumMap<C, Integer> columns, EnumMap<C, Set<String>> attributes) {
        this.sheet = sheet;
        this.columns = columns.clone();
        this.attributes = attributes.clone();
    }

    String sheet() {
        return sheet;
    }

    /** The 0-based index of a column, if the sheet has it. */
    Optional<Integer> index(C column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** The HXL attributes of a column's tag, such as {@code killed} for {@code #affected+killed}. */
    Set<String> attributes(C column) {
        return attributes.getOrDefault(column, Set.of());
    }

    /** The place of a column in a row: its cell, or the row itself when the sheet lacks the column. */
    Location at(C column, int row) {
        Integer index = columns.get(column);
        return new Location.Cell(sheet, index == null ? Integer.toString(row)
                : CellReference.convertNumToColString(index) + row);
    }
}
