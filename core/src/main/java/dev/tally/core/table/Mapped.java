package dev.tally.core.table;

import dev.tally.core.spi.Location;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link ColumnMapping} does to a table as it is read: it names columns in the header row,
 * fills each row's cells of columns with one value, and joins a start and an end cell into one
 * period.
 */
final class Mapped {

    private Mapped() {
    }

    /**
     * Takes a header cell for the column whose mapping names it, as the start of a period or its end.
     *
     * @return whether the mapping names the cell's header
     */
    static <C extends Enum<C> & Heading> boolean name(Cell header, Class<C> type, ColumnMapping mapping,
                                                      EnumMap<C, Integer> found, EnumMap<C, Integer> spanEnds) {
        boolean named = false;
        String key = Heading.key(header.text());
        for (C column : type.getEnumConstants()) {
            List<String> headers = mapping.headers(column);
            for (int i = 0; i < headers.size(); i++) {
                if (!key.isEmpty() && Heading.key(headers.get(i)).equals(key)) {
                    (i == 0 ? found : spanEnds).putIfAbsent(column, header.column());
                    named = true;
                }
            }
        }
        return named;
    }

    /**
     * Notes a problem for each header the mapping names that the header row lacks.
     *
     * @return whether any is lacking
     */
    static boolean unfound(ColumnMapping mapping, Collection<String> headers, Problems problems, Location headerRow) {
        List<String> keys = headers.stream().map(Heading::key).toList();
        List<String> lacking = mapping.namedHeaders().stream().filter(h -> !keys.contains(Heading.key(h))).toList();
        for (String header : lacking) {
            problems.add(headerRow, "the header row has no column \"" + header + "\", which the column mapping names; "
                    + "its columns are " + headers.stream().collect(Collectors.joining(", ")));
        }
        return !lacking.isEmpty();
    }

    /** Gives a row the mapping's values, and joins each period's start and end cells. */
    static <C extends Enum<C> & Heading> void fill(EnumMap<C, Cell> cells, Row row, Class<C> type,
                                                   ColumnMapping mapping, EnumMap<C, Integer> spanEnds) {
        spanEnds.forEach((column, endIndex) -> {
            Cell start = cells.get(column);
            Cell end = row.cells().stream().filter(c -> c.column() == endIndex).findFirst().orElse(null);
            if (start != null && end != null && !end.text().strip().equals(start.text().strip())) {
                cells.put(column, span(start, end));
            }
        });
        for (C column : type.getEnumConstants()) {
            mapping.value(column).ifPresent(v -> cells.put(column, new Cell(row.number(), -1, Cell.Type.TEXT, v, "")));
        }
    }

    /** A period from a start cell to an end cell, or the start cell as it is if either cannot be read as text. */
    private static Cell span(Cell start, Cell end) {
        try {
            return new Cell(start.row(), start.column(), Cell.Type.TEXT, CellValues.token(start) + "/"
                    + CellValues.token(end), "");
        } catch (IllegalArgumentException e) {
            return start;
        }
    }
}
