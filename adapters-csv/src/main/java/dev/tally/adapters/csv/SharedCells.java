package dev.tally.adapters.csv;

import dev.tally.core.table.Cell;
import dev.tally.core.table.TableLimits;
import dev.tally.core.table.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the text cell of a field from its characters: its formula guard taken off, and a text
 * longer than a cell holds made a too-long cell. The short texts a column repeats (sources,
 * periods, metrics) are looked up by their characters, and their cell is shared by every row that
 * repeats them. Not thread-safe: the rows of one file have their cells made on one thread at a time.
 */
final class SharedCells {

    /** The longest text whose cell is shared; longer ones (notes, quotes) rarely repeat. */
    private static final int SHARED_LENGTH = 64;
    /** How many texts of a column have their cell shared, the first ones. */
    private static final int SHARED_TEXTS = 1024;

    /** The shared cells of each column, by their raw text. */
    private final List<TextTable<Cell>> repeated = new ArrayList<>();
    /** How often each column's full table has missed. */
    private final List<Integer> misses = new ArrayList<>();

    /**
     * The cell of a field: a shared one if the column has given its text before. A column whose
     * texts do not repeat (ids, links) stops being looked up once its table is full and misses.
     */
    Cell cell(int index, char[] chars, int offset, int length) {
        while (repeated.size() <= index) {
            repeated.add(new TextTable<>(SHARED_TEXTS));
            misses.add(0);
        }
        TextTable<Cell> shared = repeated.get(index);
        boolean looked = shared != null && length <= SHARED_LENGTH;
        if (looked) {
            Cell known = shared.get(chars, offset, length);
            if (known != null) {
                return known;
            }
        }
        String raw = new String(chars, offset, length);
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
}
