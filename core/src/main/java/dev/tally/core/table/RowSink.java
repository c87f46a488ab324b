package dev.tally.core.table;

/** Takes the rows of a table, in order, one at a time. */
public interface RowSink {

    /**
     * Takes one row.
     *
     * @param row  the row, not null
     * @throws StopReading to stop reading the sheet
     */
    void row(Row row) throws StopReading;

    /**
     * Called once after the last row.
     *
     * @throws StopReading to report a limit broken
     */
    default void end() throws StopReading {
        // most sinks need no last step
    }
}
