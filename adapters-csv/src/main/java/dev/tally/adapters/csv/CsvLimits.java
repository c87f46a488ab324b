package dev.tally.adapters.csv;

import dev.tally.core.table.TableLimits;

/**
 * The limits the CSV reader keeps beyond those of every table ({@link TableLimits}): each broken
 * limit stops the reading with one problem, and nothing is imported.
 */
final class CsvLimits {

    /** Bytes in a megabyte (MiB), as sizes are shown. */
    static final long MEGABYTE = 1024L * 1024;
    /** The largest file read: a million rows of a public event dataset take about 200 MB. */
    static final long MAX_FILE_BYTES = 2048 * MEGABYTE;
    /** The most records a file holds: ten times a worksheet's rows; the ledger's memory is the real bound. */
    static final int MAX_ROWS = 10_000_000;
    /** The most fields a record holds, as a worksheet's columns. */
    static final int MAX_FIELDS = 16_384;
    /**
     * The most characters a field holds before the reading stops: a field beyond
     * {@link TableLimits#MAX_CELL_CHARACTERS} is a problem at its cell, and one beyond this, most
     * often a quote left open, ends the reading.
     */
    static final int MAX_FIELD_CHARACTERS = 1024 * 1024;
    /** The most characters a record holds, all its fields together. */
    static final int MAX_RECORD_CHARACTERS = 16 * 1024 * 1024;
    /** The characters read to find the delimiter. */
    static final int SAMPLE_CHARACTERS = 64 * 1024;

    private CsvLimits() {
    }
}
