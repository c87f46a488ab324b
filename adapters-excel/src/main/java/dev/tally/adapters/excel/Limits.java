package dev.tally.adapters.excel;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.TableLimits;

/**
 * The limits the workbook reader keeps, the same as a spreadsheet program's, and the problems that break
 * them; the limits of reading any table are {@link TableLimits}'.
 */
final class Limits {

    /** Bytes in a megabyte (MiB), as sizes are shown. */
    static final long MEGABYTE = 1024L * 1024;
    /**
     * The largest workbook file read, compressed: a ledger of a million estimates takes about 55 MB.
     * Each part then expands to at most 4 GB (POI's largest zip entry), and beyond
     * {@link #RATIO_GRACE_BYTES} to at most 100 times its compressed size.
     */
    static final long MAX_WORKBOOK_BYTES = 1024 * MEGABYTE;
    /** The most rows a worksheet has. */
    static final int MAX_ROWS = 1_048_576;
    /** The most columns a worksheet has. */
    static final int MAX_COLUMNS = 16_384;
    /** The most characters a cell holds (a spreadsheet's limit, which the reading of any table keeps). */
    static final int MAX_CELL_CHARACTERS = TableLimits.MAX_CELL_CHARACTERS;
    /** The most characters a cell's text takes in the XML, each character escaped as {@code _xHHHH_}. */
    static final int MAX_CELL_XML_CHARACTERS = MAX_CELL_CHARACTERS * "_xHHHH_".length();
    /**
     * The bytes a workbook part may expand to before its compression ratio is checked (POI's default
     * is 100 KB): a few long, repetitive notes deflate better than POI's 100 to 1, and are not a bomb.
     */
    static final long RATIO_GRACE_BYTES = 10 * MEGABYTE;
    /** The most cells all merged areas of a sheet may cover together. */
    static final long MAX_MERGED_CELLS = 1_000_000;

    private Limits() {
    }

    static Problem tooManyRows(String sheet, long row) {
        return new Problem(new Location.Cell(sheet, Long.toString(row)), "the sheet claims row " + row
                + ", beyond the last row a sheet can have (" + format(MAX_ROWS) + "); the file is damaged or forged");
    }

    static Problem tooManyColumns(String sheet, String reference) {
        return new Problem(new Location.Cell(sheet, reference), "the sheet claims a cell beyond the last column "
                + "a sheet can have (XFD, " + format(MAX_COLUMNS) + "); the file is damaged or forged");
    }

    static String format(long number) {
        return TableLimits.format(number);
    }
}
