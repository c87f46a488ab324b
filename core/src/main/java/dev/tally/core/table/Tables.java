package dev.tally.core.table;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The tables of one input, as a format gives them to {@link TableImport}: the sheets of a
 * workbook, or a CSV file with its companion files. A table is a grid of {@link Cell}s read row
 * by row; the import finds the header row in it and reads the rows below.
 *
 * <p>Implementations need not be thread-safe: one import reads one input. While {@link #read}
 * parses a table on the calling thread, a second thread reads its rows, and calls {@link #cell}
 * and {@link #row} to place their problems: these two must depend on nothing a read changes.
 */
public interface Tables {

    /**
     * The table of the given name, ignoring case: {@code Sources}, {@code Subjects},
     * {@code Metrics} or {@code Estimates}.
     *
     * @param name  the name, not null
     * @return the table's name as the input spells it, or empty if the input has no such table
     */
    Optional<String> find(String name);

    /**
     * The tables that may hold the estimates when none is named {@code Estimates}, in the order to
     * try them: the first whose header row names every required column is read.
     *
     * @return the names, never null
     */
    List<String> estimateCandidates();

    /**
     * Streams a table's rows, in order, to a sink; {@link RowSink#end()} follows the last row.
     *
     * @param table  a name this input gave, not null
     * @param sink  where the rows go, not null
     * @return the problem that stopped the reading (a limit broken, a damaged table), or empty if
     *         the table was read to its end or the sink stopped it
     */
    Optional<Problem> read(String table, RowSink sink);

    /**
     * The place of a cell, as problems name it: {@code Estimates!E6}, {@code events.csv:6:5 (low)}.
     *
     * @param table  the table
     * @param row  the 1-based row, as {@link Row#number()} gives it
     * @param column  the 0-based column
     * @param header  the text of the column's header cell, empty if none
     * @return the place, never null
     */
    Location cell(String table, int row, int column, String header);

    /**
     * The place of a whole row.
     *
     * @param table  the table
     * @param row  the 1-based row, as {@link Row#number()} gives it
     * @return the place, never null
     */
    Location row(String table, int row);
}
