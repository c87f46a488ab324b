package dev.tally.adapters.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.Cell;
import dev.tally.core.table.Row;
import dev.tally.core.table.TableLimits;
import dev.tally.core.table.TextTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the fields FastCSV parses straight into a row of text cells, with no text made for a blank
 * field and no record of FastCSV's in between: a field's formula guard is taken off, and a text
 * longer than a cell holds is a too-long cell. The short texts a column repeats (sources, periods,
 * metrics) are looked up by their characters, and their cell is shared by every row that repeats
 * them. Keeps the limits on the fields of a record and the size of a field and of a record,
 * refusing a record that breaks one with a {@link RecordRefused}. One handler reads one file.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvLine> {

    /** The longest text whose cell is shared; longer ones (notes, quotes) rarely repeat. */
    private static final int SHARED_LENGTH = 64;
    /** How many texts of a column have their cell shared, the first ones. */
    private static final int SHARED_TEXTS = 1024;

    private final String name;
    private Cell[] cells = new Cell[32];
    /** The shared cells of each column, by their raw text. */
    private final List<TextTable<Cell>> repeated = new ArrayList<>();
    /** How often each column's full table has missed. */
    private final List<Integer> misses = new ArrayList<>();
    private int filled;
    private long characters;
    private int nulField;

    /** A handler of the file of this name, which problems give. */
    RowHandler(String name) {
        this.name = name;
    }

    @Override
    protected void handleBegin(long line) {
        filled = 0;
        characters = 0;
        nulField = -1;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        long line = getStartingLineNumber();
        if (length > CsvLimits.MAX_FIELD_CHARACTERS) {
            throw new RecordRefused(new Problem(new Location.Field(name, line, index + 1, ""), fieldTooLong()));
        }
        characters += length;
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
        if (length == 0) {
            return;
        }
        if (filled == cells.length) {
            cells = Arrays.copyOf(cells, filled * 2);
        }
        cells[filled++] = cell(index, buffer, offset, length);
    }

    /**
     * The cell of a field: a shared one if the column has given its text before. A column whose
     * texts do not repeat (ids, links) stops being looked up once its table is full and misses.
     */
    private Cell cell(int index, char[] buffer, int offset, int length) {
        while (repeated.size() <= index) {
            repeated.add(new TextTable<>(SHARED_TEXTS));
            misses.add(0);
        }
        TextTable<Cell> shared = repeated.get(index);
        boolean looked = shared != null && length <= SHARED_LENGTH;
        if (looked) {
            Cell known = shared.get(buffer, offset, length);
            if (known != null) {
                return known;
            }
        }
        String raw = new String(buffer, offset, length);
        if (raw.indexOf('\0') >= 0) {
            nulField = nulField < 0 ? index : nulField;
            return Cell.ofText(index, raw);
        }
        String text = FormulaGuard.unguard(raw);
        Cell cell = text.length() > TableLimits.MAX_CELL_CHARACTERS
                ? new Cell(index, Cell.Type.TOO_LONG, "", "")
                : Cell.ofText(index, text);
        if (looked) {
            remember(index, shared, raw, cell);
        }
        return cell;
    }

    /** Keeps a cell for the next rows, or, once a full table keeps missing, stops looking in the column. */
    private void remember(int index, TextTable<Cell> shared, String raw, Cell cell) {
        if (!shared.isFull()) {
            shared.put(raw, cell);
        } else if (misses.set(index, misses.get(index) + 1) >= SHARED_TEXTS) {
            repeated.set(index, null);
        }
    }

    @Override
    protected CsvLine buildRecord() {
        long line = getStartingLineNumber();
        if (nulField >= 0) {
            return new CsvLine(line, getFieldCount(), null, nulField);
        }
        int row = (int) Math.min(Integer.MAX_VALUE, line);
        return new CsvLine(line, getFieldCount(), Row.owning(row, Arrays.copyOf(cells, filled)), -1);
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
