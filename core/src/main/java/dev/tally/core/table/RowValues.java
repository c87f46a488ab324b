package dev.tally.core.table;

import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads the cells of one row at a time, noting a problem at each cell that cannot be read, and
 * hands them on in the order of the row's cells once the row is read. One instance reads every
 * row of a table in turn, so that a row costs no reader of its own. Not thread-safe.
 *
 * @param <C>  the sheet's columns
 */
final class RowValues<C extends Enum<C> & Heading> {

    private final Problems problems;
    private TableRow<C> row;
    /** The problems found, and the column of each; made at the first, as most rows have none. */
    private List<Problem> found;
    private List<Integer> columns;

    RowValues(Problems problems) {
        this.problems = problems;
    }

    /**
     * The reading of each row of a table: the row's values given to a record, then the problems
     * found handed on.
     */
    Consumer<TableRow<C>> reading(Consumer<RowValues<C>> record) {
        return read -> {
            row = read;
            found = null;
            columns = null;
            record.accept(this);
            flush();
        };
    }

    TableRow<C> row() {
        return row;
    }

    /** Whether a cell of the row could not be read. */
    boolean failed() {
        return found != null;
    }

    /** Records a problem at a column's cell. */
    void fail(C column, String message) {
        if (found == null) {
            found = new ArrayList<>();
            columns = new ArrayList<>();
        }
        found.add(new Problem(row.at(column), message));
        columns.add(row.layout().index(column).orElse(-1));
    }

    /** Hands the problems found on to the import's problems, in the order of the row's columns. */
    private void flush() {
        if (found == null) {
            return;
        }
        IntStream.range(0, found.size()).boxed().sorted(Comparator.comparing(columns::get))
                .forEach(i -> problems.add(found.get(i)));
    }

    /**
     * Reads a cell.
     *
     * @return the value, or null if the cell is blank or cannot be read
     */
    <T> T optional(C column, Function<Cell, T> read) {
        Cell cell = row.cell(column);
        if (cell == null) {
            return null;
        }
        try {
            return read.apply(cell);
        } catch (IllegalArgumentException e) {
            fail(column, e.getMessage());
            return null;
        }
    }

    /**
     * Reads a cell that must not be blank.
     *
     * @param hint  what to write, said when the cell is blank
     * @return the value, or null if the cell is blank or cannot be read
     */
    <T> T required(C column, Function<Cell, T> read, String hint) {
        if (!row.has(column)) {
            fail(column, CellValues.empty(column, hint));
            return null;
        }
        return optional(column, read);
    }

    /** Reads a cell as free text, or null. */
    String text(C column) {
        return optional(column, CellValues::text);
    }

    /** Reads a cell as a token (an id, a code, a grade), or null. */
    String token(C column) {
        return optional(column, CellValues::token);
    }
}
