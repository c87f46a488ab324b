package dev.tally.adapters.excel;

import dev.tally.core.spi.Location;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Finds a sheet's header row (below any title and blank rows), an HXL tag row right under it, and
 * passes each non-blank row below as a {@link TableRow}.
 *
 * <p>A header row is the first of the first {@link Limits#HEADER_SEARCH_ROWS} rows in which at
 * least two cells name known columns (all required ones, when the reader is strict). Headers match
 * ignoring case, spaces and punctuation, and by synonym; an HXL tag wins over header text.
 *
 * @param <C>  the sheet's columns
 */
final class TableReader<C extends Enum<C> & Heading> implements RowSink {

    private final String sheet;
    private final Class<C> type;
    private final boolean strict;
    private final Problems problems;
    private final Consumer<TableRow<C>> rows;
    private TableLayout<C> layout;
    private EnumMap<C, Integer> columns;
    private final EnumMap<C, Set<String>> attributes;
    private boolean started;
    private boolean tagRowRead;
    private SheetRow previous;
    private int headerRow;
    private Object[] byIndex;

    /**
     * A reader of one sheet.
     *
     * @param strict  whether the header row must name every required column (to tell a sheet of
     *                estimates from any other sheet)
     */
    TableReader(String sheet, Class<C> type, boolean strict, Problems problems, Consumer<TableRow<C>> rows) {
        this.sheet = sheet;
        this.type = type;
        this.strict = strict;
        this.problems = problems;
        this.rows = rows;
        this.attributes = new EnumMap<>(type);
    }

    /** The layout, once the header row is found. */
    Optional<TableLayout<C>> layout() {
        return Optional.ofNullable(layout);
    }

    /** Whether the header row has been found. */
    boolean headerFound() {
        return columns != null;
    }

    @Override
    public void row(SheetRow row) throws StopReading {
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
        EnumMap<C, SheetCell> cells = new EnumMap<>(type);
        for (SheetCell cell : row.cells()) {
            if (cell.column() < byIndex.length && byIndex[cell.column()] != null) {
                cells.put(type.cast(byIndex[cell.column()]), cell);
            }
        }
        if (!cells.isEmpty()) {
            rows.accept(new TableRow<>(layout, row.number(), cells));
        }
    }

    @Override
    public void end() throws StopReading {
        if (columns != null) {
            start();
        }
    }

    private void findHeader(SheetRow row) throws StopReading {
        if (row.number() > Limits.HEADER_SEARCH_ROWS) {
            throw new StopReading();
        }
        if (previous != null && previous.number() == row.number() - 1 && tagsUnder(previous, row)) {
            return;
        }
        EnumMap<C, Integer> found = named(row);
        if (found.size() >= 2 && (!strict || complete(found))) {
            columns = found;
            headerRow = row.number();
        }
        previous = row;
    }

    /** The known columns a row's header texts name. */
    private EnumMap<C, Integer> named(SheetRow row) {
        EnumMap<C, Integer> found = new EnumMap<>(type);
        for (SheetCell cell : row.cells()) {
            if (cell.type() != SheetCell.Type.TEXT) {
                continue;
            }
            Arrays.stream(type.getEnumConstants()).filter(c -> c.names().matches(cell.text()))
                    .filter(c -> !found.containsKey(c)).findFirst().ifPresent(c -> found.put(c, cell.column()));
        }
        return found;
    }

    /**
     * Takes a row as the header because an HXL tag row follows it, even when its texts name too few
     * columns; false, changing nothing, if the row under it is no tag row or names too little.
     */
    private boolean tagsUnder(SheetRow header, SheetRow tags) {
        columns = named(header);
        if (readTags(tags) && columns.size() >= 2 && (!strict || complete(columns))) {
            headerRow = header.number();
            tagRowRead = true;
            return true;
        }
        columns = null;
        attributes.clear();
        return false;
    }

    private boolean complete(EnumMap<C, Integer> found) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.names().required())
                .allMatch(c -> found.containsKey(c) || excused(c, found));
    }

    /** Reads an HXL tag row; false if the row is not one. */
    private boolean readTags(SheetRow row) {
        List<SheetCell> tagged = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (tagged.isEmpty() || !tagged.stream().allMatch(c -> c.type() == SheetCell.Type.TEXT
                && c.text().strip().startsWith("#"))) {
            return false;
        }
        for (SheetCell cell : tagged) {
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
        layout = new TableLayout<>(sheet, columns, attributes);
        byIndex = new Object[columns.values().stream().mapToInt(i -> i + 1).max().orElse(0)];
        columns.forEach((column, index) -> byIndex[index] = column);
        boolean missing = false;
        for (C column : type.getEnumConstants()) {
            if (column.names().required() && !columns.containsKey(column) && !excused(column, columns)) {
                problems.add(new Location.Cell(sheet, Integer.toString(headerRow)), "the header row has no "
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
