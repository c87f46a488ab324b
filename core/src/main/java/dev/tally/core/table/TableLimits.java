package dev.tally.core.table;

import java.util.Locale;

/** The limits the reading of a table keeps, whatever format holds it: a spreadsheet program's. */
public final class TableLimits {

    /** The most characters a cell holds, as in a spreadsheet; a longer cell is a problem. */
    public static final int MAX_CELL_CHARACTERS = 32_767;
    /** The most problems one import lists; the rest are counted. */
    public static final int MAX_PROBLEMS = 1_000;
    /** The most rows searched for a header row. */
    public static final int HEADER_SEARCH_ROWS = 50;

    private TableLimits() {
    }

    /**
     * A number as limits and counts are shown: {@code 1,048,576}.
     *
     * @param number  the number
     * @return the number with its thousands grouped
     */
    public static String format(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }
}
