package dev.tally.core.table;

import dev.tally.core.spi.Location;
import dev.tally.core.model.Period;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What a {@link ColumnMapping} does to a table as it is read: it names columns in the header row,
 * fills each row's cells of columns with one value or a template's text, joins a start and an end
 * cell into one period, reads Unix times as days, widens the As of period by the precision column,
 * and spreads a wide table's row into one row of estimates a metric.
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
     * Notes a problem for each header the mapping names that the header row lacks, at the header
     * row, naming the entry of the mapping that names it.
     *
     * @return whether any is lacking
     */
    static boolean unfound(ColumnMapping mapping, Collection<String> headers, Problems problems, Location headerRow) {
        List<String> keys = headers.stream().map(Heading::key).toList();
        String columns = String.join(", ", headers);
        boolean lacking = false;
        for (Map.Entry<String, String> named : mapping.namedHeaders().entrySet()) {
            if (!keys.contains(Heading.key(named.getKey()))) {
                problems.add(headerRow, named.getValue() + ": no column \"" + named.getKey() + "\"; the file's columns "
                        + "are " + columns);
                lacking = true;
            }
        }
        return lacking;
    }

    /**
     * Gives a row the mapping's values and the texts of its templates, joins each period's start
     * and end cells, reads Unix times as days, and widens the As of period by the precision column.
     *
     * @param byHeader  the index of each header's column, by {@link Heading#key(String)}
     * @param fail  takes a problem at the cell of a column index
     */
    static <C extends Enum<C> & Heading> void fill(EnumMap<C, Cell> cells, Row row, Class<C> type,
                                                   ColumnMapping mapping, EnumMap<C, Integer> spanEnds,
                                                   Map<String, Integer> byHeader, BiConsumer<Integer, String> fail) {
        spanEnds.forEach((column, endIndex) -> {
            Cell start = cells.get(column);
            Cell end = cell(row, endIndex);
            if (start != null && end != null && !end.text().strip().equals(start.text().strip())) {
                cells.put(column, span(start, end));
            }
        });
        mapping.templates().forEach((column, template) -> template.render(header -> text(cell(row,
                        byHeader.get(Heading.key(header))), fail)).ifPresent(text -> cells.put(type.cast(column),
                        Cell.ofText(-1, text))));
        for (C column : type.getEnumConstants()) {
            mapping.value(column).ifPresent(v -> cells.put(column, Cell.ofText(-1, v)));
        }
        for (EstimateColumn column : mapping.unixTime()) {
            unixTime(cells, type.cast(column), fail);
        }
        mapping.precision().ifPresent(header -> widen(cells, type.cast(EstimateColumn.AS_OF), cell(row,
                byHeader.get(Heading.key(header))), mapping.scale(), fail));
    }

    /**
     * The rows of estimates a wide mapping makes of one table row, by metric: for each metric whose
     * figure cell holds anything, the row's cells with that metric, that figure cell, and the row's
     * id, if it has one, followed by {@code -} and the metric.
     *
     * @param figures  the index of each metric's figure column, by metric
     */
    static <C extends Enum<C> & Heading> Map<String, EnumMap<C, Cell>> spread(EnumMap<C, Cell> cells, Row row,
                                                                             Class<C> type, Map<String, Integer> figures) {
        Map<String, EnumMap<C, Cell>> spread = new LinkedHashMap<>();
        Cell id = cells.get(type.cast(EstimateColumn.ID));
        figures.forEach((metric, index) -> {
            Cell figure = cell(row, index);
            if (figure == null || figure.isBlank()) {
                return;
            }
            EnumMap<C, Cell> one = cells.clone();
            one.put(type.cast(EstimateColumn.METRIC), Cell.ofText(-1, metric));
            one.put(type.cast(EstimateColumn.FIGURE), figure);
            if (id != null && !id.isBlank()) {
                one.put(type.cast(EstimateColumn.ID), Cell.ofText(id.column(),
                        id.text().strip() + "-" + metric));
            }
            spread.put(metric, one);
        });
        return spread;
    }

    /**
     * Reads a cell of a Unix time, seconds since 1970-01-01 UTC, as the day it falls on in UTC; a
     * cell that holds none is noted as a problem and taken out of the row.
     */
    private static <C extends Enum<C> & Heading> void unixTime(EnumMap<C, Cell> cells, C column,
                                                               BiConsumer<Integer, String> fail) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            return;
        }
        try {
            LocalDate day = Instant.ofEpochSecond(CellValues.count(cell)).atOffset(ZoneOffset.UTC).toLocalDate();
            cells.put(column, Cell.ofText(cell.column(), day.toString()));
        } catch (IllegalArgumentException | DateTimeException e) {
            cells.remove(column);
            fail.accept(cell.column(), "\"" + cell.text().strip() + "\" is not a Unix time; write the seconds since "
                    + "1970-01-01 UTC, such as 1618957536");
        }
    }

    /** Widens the As of cell's period as the precision cell's code says, or notes why it cannot. */
    private static <C extends Enum<C> & Heading> void widen(EnumMap<C, Cell> cells, C asOf, Cell precision,
                                                            DatePrecision scale, BiConsumer<Integer, String> fail) {
        Cell period = cells.get(asOf);
        if (period == null || precision == null || precision.isBlank()) {
            return;
        }
        try {
            Period widened = scale.widened(CellValues.period(period), CellValues.count(precision));
            cells.put(asOf, Cell.ofText(period.column(), widened.toText()));
        } catch (IllegalArgumentException e) {
            fail.accept(precision.column(), e.getMessage());
        }
    }

    /** The cell of a row at a column index, or null if the row has none there. */
    private static Cell cell(Row row, Integer index) {
        return index == null ? null : row.cells().stream().filter(c -> c.column() == index).findFirst().orElse(null);
    }

    /** A cell's text for a template, or empty if it is blank or, with a problem, holds no text. */
    private static Optional<String> text(Cell cell, BiConsumer<Integer, String> fail) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CellValues.text(cell));
        } catch (IllegalArgumentException e) {
            fail.accept(cell.column(), e.getMessage());
            return Optional.empty();
        }
    }

    /** A period from a start cell to an end cell, or the start cell as it is if either cannot be read as text. */
    private static Cell span(Cell start, Cell end) {
        try {
            return Cell.ofText(start.column(), CellValues.token(start) + "/"
                    + CellValues.token(end));
        } catch (IllegalArgumentException e) {
            return start;
        }
    }
}
