package dev.tally.core.table;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Finds a table's header row (below any title and blank rows), an HXL tag row right under it, and
 * passes each non-blank row below as a {@link TableRow}.
 *
 * <p>A header row is the first of the first {@link TableLimits#HEADER_SEARCH_ROWS} rows in which at
 * least two cells name known columns (all required ones, when the reader is strict). Headers match
 * ignoring case, spaces and punctuation, and by synonym; an HXL tag wins over header text.
 *
 * @param <C>  the table's columns
 */
final class TableReader<C extends Enum<C> & Heading> implements RowSink {

    private final Tables tables;
    private final String table;
    private final Class<C> type;
    private final boolean strict;
    private final Problems problems;
    private final Consumer<TableRow<C>> rows;
    private final ColumnMapping mapping;
    private final EnumMap<C, Integer> spanEnds;
    private TableLayout<C> layout;
    private EnumMap<C, Integer> columns;
    private final EnumMap<C, Set<String>> attributes;
    private boolean started;
    private boolean tagRowRead;
    private Row previous;
    private int headerRow;
    private final Map<Integer, String> headers = new HashMap<>();
    /** The index of each header's column, by its key, for the mapping's templates. */
    private final Map<String, Integer> byHeader = new HashMap<>();
    /** For a wide table, the index of each metric's figure column, and the layout that places its figure there. */
    private final Map<String, Integer> figures = new LinkedHashMap<>();
    private final Map<String, TableLayout<C>> wideLayouts = new HashMap<>();

    /**
     * A reader of one table whose columns a mapping may name.
     *
     * @param strict  whether the header row must name every required column (to tell a table of
     *                estimates from any other table)
     */
    TableReader(Tables tables, String table, Class<C> type, boolean strict, Problems problems, ColumnMapping mapping,
                Consumer<TableRow<C>> rows) {
        this.mapping = mapping;
        this.spanEnds = new EnumMap<>(type);
        this.tables = tables;
        this.table = table;
        this.type = type;
        this.strict = strict;
        this.problems = problems;
        this.rows = rows;
        this.attributes = new EnumMap<>(type);
    }

    /** Whether the header row has been found. */
    boolean headerFound() {
        return columns != null;
    }

    @Override
    public void row(Row row) throws StopReading {
        if (columns == null) {
            findHeader(row);
            return;
        }
        if (!started && !tagRowRead && row.number() == headerRow + 1 && readTags(row)) {
            return;
        }
        start();
        if (row.isBlank()) {
            return;
        }
        if (mapping.isEmpty() && figures.isEmpty()) {
            if (layout.anyCell(row)) {
                rows.accept(new TableRow<>(layout, row.number(), row, null));
            }
            return;
        }
        EnumMap<C, Cell> cells = new EnumMap<>(type);
        for (C column : type.getEnumConstants()) {
            int index = layout.position(column);
            Cell cell = index < 0 ? null : row.cell(index);
            if (cell != null) {
                cells.put(column, cell);
            }
        }
        if (!mapping.isEmpty() && !cells.isEmpty()) {
            Mapped.fill(cells, row, type, mapping, spanEnds, byHeader, (index, message) -> problems.add(
                    tables.cell(table, row.number(), index, headers.getOrDefault(index, "")), message));
        }
        if (cells.isEmpty()) {
            return;
        }
        if (figures.isEmpty()) {
            rows.accept(new TableRow<>(layout, row.number(), row, cells));
        } else {
            Mapped.spread(cells, row, type, figures).forEach((metric, one) -> rows.accept(
                    new TableRow<>(wideLayouts.get(metric), row.number(), row, one)));
        }
    }

    @Override
    public void end() throws StopReading {
        if (columns != null) {
            start();
        }
    }

    private void findHeader(Row row) throws StopReading {
        if (row.number() > TableLimits.HEADER_SEARCH_ROWS) {
            throw new StopReading();
        }
        if (previous != null && previous.number() == row.number() - 1 && tagsUnder(previous, row)) {
            return;
        }
        EnumMap<C, Integer> found = named(row);
        if (found.size() >= 2 && (!strict || complete(found))) {
            columns = found;
            takeHeader(row);
        }
        previous = row;
    }

    /** Keeps the header row's number and texts, by which places name their columns. */
    private void takeHeader(Row header) {
        headerRow = header.number();
        header.cells().stream().filter(c -> !c.isBlank()).forEach(c -> headers.put(c.column(), c.text().strip()));
    }

    /**
     * The known columns a row's header texts name: first those the mapping names by their headers,
     * then, among the columns the mapping leaves alone, those whose own headers match.
     */
    private EnumMap<C, Integer> named(Row row) {
        EnumMap<C, Integer> found = new EnumMap<>(type);
        spanEnds.clear();
        for (Cell cell : row.cells()) {
            if (cell.type() != Cell.Type.TEXT) {
                continue;
            }
            if (Mapped.name(cell, type, mapping, found, spanEnds)) {
                continue;
            }
            Arrays.stream(type.getEnumConstants()).filter(c -> !mapping.decides(c) && c.names().matches(cell.text()))
                    .filter(c -> !found.containsKey(c)).findFirst().ifPresent(c -> found.put(c, cell.column()));
        }
        return found;
    }

    /**
     * Takes a row as the header because an HXL tag row follows it, even when its texts name too few
     * columns; false, changing nothing, if the row under it is no tag row or names too little.
     */
    private boolean tagsUnder(Row header, Row tags) {
        columns = named(header);
        if (readTags(tags) && columns.size() >= 2 && (!strict || complete(columns))) {
            takeHeader(header);
            tagRowRead = true;
            return true;
        }
        columns = null;
        attributes.clear();
        return false;
    }

    private boolean complete(EnumMap<C, Integer> found) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.names().required())
                .allMatch(c -> found.containsKey(c) || mapping.fills(c) || excused(c, found));
    }

    /** Reads an HXL tag row; false if the row is not one. */
    private boolean readTags(Row row) {
        List<Cell> tagged = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (tagged.isEmpty() || !tagged.stream().allMatch(c -> c.type() == Cell.Type.TEXT
                && c.text().strip().startsWith("#"))) {
            return false;
        }
        for (Cell cell : tagged) {
            Hxl tag = Hxl.parse(cell.text());
            bestMatch(tag).ifPresent(column -> {
                columns.values().remove(cell.column());
                columns.put(column, cell.column());
                attributes.put(column, tag.attributes());
            });
        }
        return true;
    }

    private Optional<C> bestMatch(Hxl tag) {
        C best = null;
        int bestSize = -1;
        for (C column : type.getEnumConstants()) {
            if (mapping.decides(column)) {
                continue;
            }
            for (String spec : column.names().tags()) {
                Hxl wanted = Hxl.parse(spec);
                if (wanted.hashtag().equals(tag.hashtag()) && tag.attributes().containsAll(wanted.attributes())
                        && wanted.attributes().size() > bestSize) {
                    best = column;
                    bestSize = wanted.attributes().size();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Fixes the layout once the rows after the header begin, and checks the required columns. */
    private void start() throws StopReading {
        if (started) {
            return;
        }
        started = true;
        Arrays.stream(type.getEnumConstants()).filter(mapping::fills).forEach(c -> columns.put(c, -1));
        new java.util.TreeMap<>(headers).forEach((index, text) -> byHeader.putIfAbsent(Heading.key(text), index));
        layout = new TableLayout<>(tables, table, columns, headers, attributes);
        mapping.wide().forEach((metric, header) -> Optional.ofNullable(byHeader.get(Heading.key(header)))
                .ifPresent(index -> {
                    figures.put(metric, index);
                    wideLayouts.put(metric, layout.with(type.cast(EstimateColumn.FIGURE), index));
                }));
        boolean missing = Mapped.unfound(mapping, headers.values(), problems, tables.row(table, headerRow));
        for (C column : type.getEnumConstants()) {
            if (column.names().required() && !columns.containsKey(column) && !excused(column, columns)) {
                problems.add(tables.row(table, headerRow), "the header row has no "
                        + column.names().header() + " column; add one headed \"" + column.names().header() + "\""
                        + alternatives(column));
                missing = true;
            }
        }
        if (missing) {
            throw new StopReading();
        }
    }

    /**
     * A required Metric column may be left out when the figure column's HXL tag names the metric;
     * the Figure column when Low, Best or High columns give the figure.
     */
    private boolean excused(C column, EnumMap<C, Integer> found) {
        if (column == EstimateColumn.FIGURE) {
            return found.keySet().stream().anyMatch(c -> c == EstimateColumn.LOW || c == EstimateColumn.BEST
                    || c == EstimateColumn.HIGH);
        }
        return column == EstimateColumn.METRIC && attributes.keySet().stream()
                .anyMatch(c -> c == EstimateColumn.FIGURE && !attributes.get(c).isEmpty());
    }

    private static String alternatives(Heading column) {
        List<String> others = column.names().headers().subList(1, column.names().headers().size());
        return others.isEmpty() ? "" : " (or " + String.join(", ", others) + ")";
    }

    /**
     * An HXL hashtag with its attributes: {@code #affected +killed} is {@code #affected} with {@code killed}.
     *
     * @param hashtag  the hashtag, lower case, with its '#'
     * @param attributes  the attributes, lower case, without their '+'
     */
    record Hxl(String hashtag, Set<String> attributes) {

        static Hxl parse(String text) {
            String[] parts = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").split("\\+");
            Set<String> attributes = Arrays.stream(parts).skip(1).filter(a -> !a.isEmpty())
                    .collect(Collectors.toCollection(HashSet::new));
            return new Hxl(parts.length == 0 ? "" : parts[0], Set.copyOf(attributes));
        }
    }
}
