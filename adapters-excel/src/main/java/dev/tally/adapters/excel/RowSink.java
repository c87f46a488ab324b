package dev.tally.adapters.excel;

/** Takes the rows of a sheet, in order, one at a time. */
interface RowSink {

    /**
     * Takes one row.
     *
     * @param row  the row, not null
     * @throws StopReading to stop reading the sheet
     */
    void row(SheetRow row) throws StopReading;

    /**
     * Called once after the last row.
     *
     * @throws StopReading to report a limit broken
     */
    default void end() throws StopReading {
        // most sinks need no last step
    }
}
