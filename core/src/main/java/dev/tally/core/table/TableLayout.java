package dev.tally.core.table;

import dev.tally.core.spi.Location;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a table's columns are: which column index holds each known column, the header text of
 * each, and the HXL attributes of tagged columns.
 *
 * @param <C>  the table's columns
 */
final class TableLayout<C extends Enum<C> & Heading> {

    private final Tables tables;
    private final String table;
    private final EnumMap<C, Integer> columns;
    private final Map<Integer, String> headers;
    private final EnumMap<C, Set<String>> attributes;
    /**
     * The index of each column's cells in the rows, by its ordinal; -1 where the rows hold none. Of
     * columns a mapping names at one index, the last takes the cells.
     */
    private final int[] positions;

    TableLayout(Tables tables, String table, EnumMap<C, Integer> columns, Map<Integer, String> headers,
                EnumMap<C, Set<String>> attributes) {
        this.tables = tables;
        this.table = table;
        this.columns = columns.clone();
        this.headers = Map.copyOf(headers);
        this.attributes = attributes.clone();
        this.positions = new int[columns.keySet().stream().mapToInt(Enum::ordinal).max().orElse(-1) + 1];
        Arrays.fill(positions, -1);
        columns.forEach((column, index) -> {
            for (int i = 0; i < positions.length && index >= 0; i++) {
                positions[i] = positions[i] == index ? -1 : positions[i];
            }
            positions[column.ordinal()] = index;
        });
    }

    /** The 0-based index of a column's cells in the rows, or -1 if they hold none (no such column, or a mapping fills it). */
    int position(C column) {
        return column.ordinal() < positions.length ? positions[column.ordinal()] : -1;
    }

    /** Whether a row holds a cell in any of the table's columns. */
    boolean anyCell(Row row) {
        for (int index : positions) {
            if (index >= 0 && row.has(index)) {
                return true;
            }
        }
        return false;
    }

    /** The same layout with a column at another index, such as a wide table's figure column for one metric. */
    TableLayout<C> with(C column, int index) {
        EnumMap<C, Integer> moved = columns.clone();
        moved.put(column, index);
        return new TableLayout<>(tables, table, moved, headers, attributes);
    }

    /** The 0-based index of a column, if the table has it. */
    Optional<Integer> index(C column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** The HXL attributes of a column's tag, such as {@code killed} for {@code #affected+killed}. */
    Set<String> attributes(C column) {
        return attributes.getOrDefault(column, Set.of());
    }

    /** The place of a column in a row: its cell, or the row itself when the table lacks the column. */
    Location at(C column, int row) {
        Integer index = columns.get(column);
        return index == null || index < 0 ? row(row) : tables.cell(table, row, index, headers.getOrDefault(index, ""));
    }

    /** The place of a whole row. */
    Location row(int row) {
        return tables.row(table, row);
    }
}
