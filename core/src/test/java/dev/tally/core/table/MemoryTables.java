package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tables of cells held in memory, fed to the table reader as a format would feed it: each table's
 * rows in order, numbered from 1, each cell at its column. A row is given as its cells from the
 * first column: a string is a text cell, {@code ""} no cell at all; {@link #number}, {@link #date}
 * and the others give cells of other kinds. A row with no cells is not streamed (as a workbook
 * leaves out an empty row); a row of blank texts is. Places read as a CSV file's do:
 * {@code Estimates:3:2 (Metric)} for a cell, {@code Estimates:3} for a row.
 */
final class MemoryTables implements Tables {

    private final Map<String, List<Row>> tables = new LinkedHashMap<>();
    private final List<String> candidates = new ArrayList<>();
    private final Map<String, Problem> broken = new HashMap<>();

    /** A cell's kind and raw value, placed when its row is made. */
    record Value(Cell.Type type, String text, String format, boolean formula) {
    }

    /**
     * Tables with one table of estimates named {@code Estimates}.
     *
     * @param rows  the rows, each from {@link #row}
     */
    static MemoryTables estimates(Object[]... rows) {
        return new MemoryTables().table(TableImport.ESTIMATES, rows);
    }

    /** Adds a table. */
    MemoryTables table(String name, Object[]... rows) {
        List<Row> made = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < rows[r].length; c++) {
                Value v = rows[r][c] instanceof Value given ? given : new Value(Cell.Type.TEXT, (String) rows[r][c], "",
                        false);
                if (v.type() != Cell.Type.TEXT || !v.text().isEmpty()) {
                    cells.add(new Cell(c, v.type(), v.text(), v.format(), v.formula()));
                }
            }
            if (!cells.isEmpty()) {
                made.add(new Row(r + 1, cells));
            }
        }
        tables.put(name, made);
        return this;
    }

    /** Adds a table that is tried for estimates when no table is named {@code Estimates}. */
    MemoryTables candidate(String name, Object[]... rows) {
        candidates.add(name);
        return table(name, rows);
    }

    /** Makes the reading of a table stop, after its rows, with a problem, as a broken limit does. */
    MemoryTables broken(String name, Problem problem) {
        broken.put(name, problem);
        return this;
    }

    /** A row's cells, from the first column. */
    static Object[] row(Object... cells) {
        return cells;
    }

    /** A number cell. */
    static Value number(String text) {
        return new Value(Cell.Type.NUMBER, text, "", false);
    }

    /** A number cell that a formula calculated. */
    static Value formula(String text) {
        return new Value(Cell.Type.NUMBER, text, "", true);
    }

    /** A date cell: an ISO day, shown in a number format. */
    static Value date(String day, String format) {
        return new Value(Cell.Type.DATE, day, format, false);
    }

    /** A cell of another kind. */
    static Value cell(Cell.Type type, String text) {
        return new Value(type, text, "", false);
    }

    @Override
    public Optional<String> find(String name) {
        return tables.keySet().stream().filter(n -> !candidates.contains(n) && n.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<String> estimateCandidates() {
        return List.copyOf(candidates);
    }

    @Override
    public Optional<Problem> read(String table, RowSink sink) {
        try {
            for (Row row : tables.get(table)) {
                sink.row(row);
            }
            if (broken.containsKey(table)) {
                return Optional.of(broken.get(table));
            }
            sink.end();
            return Optional.empty();
        } catch (StopReading stop) {
            return stop.problem();
        }
    }

    @Override
    public Location cell(String table, int row, int column, String header) {
        return new Location.Field(table, row, column + 1, header);
    }

    @Override
    public Location row(String table, int row) {
        return new Location.Field(table, row, 0, "");
    }

    /** Reads the tables' ledger. */
    PlacedLedger read() {
        return TableImport.read(this);
    }

    /** Reads the tables' ledger with a mapping of {@code column} and {@code value} options, each {@code NAME=TEXT}. */
    PlacedLedger read(List<String> columns, List<String> values) {
        return TableImport.read(this, mapping(columns, values, notice -> { }));
    }

    /** The mapping that {@code column} and {@code value} options give, its notices going to a sink. */
    static ColumnMapping mapping(List<String> columns, List<String> values, Consumer<String> notices) {
        return ColumnMapping.of(FormatOptions.of(Map.of(ColumnMapping.COLUMN_OPTION, columns,
                ColumnMapping.VALUE_OPTION, values))).reportingTo(notices);
    }

    /** The problems of reading the tables, each as people read it ({@code place: message}). */
    List<String> problems() {
        return problems(() -> read());
    }

    /** The problems of reading the tables with a mapping. */
    List<String> problems(List<String> columns, List<String> values) {
        return problems(() -> read(columns, values));
    }

    private static List<String> problems(Runnable read) {
        List<String> problems = new ArrayList<>();
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> e.problems().forEach(p -> problems.add(p.toString())));
        return problems;
    }

    /** The one estimate of a ledger. */
    static Estimate only(Ledger ledger) {
        assertThat(ledger.estimates()).hasSize(1);
        return ledger.estimates().get(0);
    }

    /** The header row of the template's four required columns, and rows under it. */
    static MemoryTables fourColumns(Object[]... rows) {
        Object[][] all = Arrays.copyOf(new Object[][] {row("Source", "Metric", "Figure", "As of")}, rows.length + 1);
        System.arraycopy(rows, 0, all, 1, rows.length);
        return estimates(all);
    }
}
