package dev.tally.adapters.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.TableLimits;
import java.util.Arrays;

/**
 * Keeps the fields FastCSV parses as the characters of one row, with no text made and no record of
 * FastCSV's in between: the cells are made when they are read ({@link CsvFields}). Keeps the limits
 * on the fields of a record and the size of a field and of a record, refusing a record that breaks
 * one with a {@link RecordRefused}. One handler reads one file.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvFields> {

    private final String name;
    private final SharedCells shared = new SharedCells();
    private char[] chars = new char[256];
    private int[] ends = new int[32];
    private int length;
    private long characters;

    /** A handler of the file of this name, which problems give. */
    RowHandler(String name) {
        this.name = name;
    }

    @Override
    protected void handleBegin(long line) {
        length = 0;
        characters = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int fieldLength, boolean quoted) {
        long line = getStartingLineNumber();
        if (fieldLength > CsvLimits.MAX_FIELD_CHARACTERS) {
            throw new RecordRefused(new Problem(new Location.Field(name, line, index + 1, ""), fieldTooLong()));
        }
        characters += fieldLength;
        if (characters > CsvLimits.MAX_RECORD_CHARACTERS) {
            throw new RecordRefused(new Problem(new Location.Field(name, line, 0, ""), "a record longer than "
                    + TableLimits.format(CsvLimits.MAX_RECORD_CHARACTERS) + " characters, all its fields together; "
                    + "the reading stops there"));
        }
        if (index >= CsvLimits.MAX_FIELDS) {
            throw new RecordRefused(new Problem(new Location.Field(name, line, 0, ""), "a record of more than "
                    + TableLimits.format(CsvLimits.MAX_FIELDS) + " fields, more than a sheet has columns; is the "
                    + "delimiter right? (give --delimiter)"));
        }
        if (length + fieldLength > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + fieldLength));
        }
        if (index == ends.length) {
            ends = Arrays.copyOf(ends, index * 2);
        }
        System.arraycopy(buffer, offset, chars, length, fieldLength);
        length += fieldLength;
        ends[index] = length;
    }

    @Override
    protected CsvFields buildRecord() {
        return new CsvFields(getStartingLineNumber(), chars, length, ends, getFieldCount(), shared);
    }

    /** The problem of a field beyond the longest read, most often from a quote left open. */
    static String fieldTooLong() {
        return "a field longer than " + TableLimits.format(CsvLimits.MAX_FIELD_CHARACTERS) + " characters, and the "
                + "reading stops there: most often a quote (\") opened and never closed; check the record's quotes";
    }

    /** A record that breaks a limit, with its problem; FastCSV hands it on as the cause of its refusal. */
    static final class RecordRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        RecordRefused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
