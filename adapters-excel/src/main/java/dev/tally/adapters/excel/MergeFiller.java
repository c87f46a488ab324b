package dev.tally.adapters.excel;

import dev.tally.core.table.Cell;
import dev.tally.core.table.Row;
import dev.tally.core.table.RowSink;
import dev.tally.core.table.StopReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Spreads the value of each merged area's first cell over the whole area, then passes the rows on.
 * Rows that hold nothing but lie inside a merged area are passed on too, holding the spread values.
 */
final class MergeFiller implements RowSink {

    /** A sink that drops every row, for a scan that only wants the merged areas. */
    static final RowSink IGNORE_ROWS = row -> {
    };

    private final List<CellRangeAddress> areas;
    private final RowSink next;
    private final Map<CellRangeAddress, Cell> values = new HashMap<>();
    private final int lastMergedRow;
    private int lastRow;

    MergeFiller(List<CellRangeAddress> areas, RowSink next) {
        this.areas = List.copyOf(areas);
        this.next = next;
        this.lastMergedRow = areas.stream().mapToInt(a -> a.getLastRow() + 1).max().orElse(0);
    }

    @Override
    public void row(Row row) throws StopReading {
        fillUpTo(row.number() - 1);
        next.row(fill(row));
        lastRow = row.number();
    }

    @Override
    public void end() throws StopReading {
        fillUpTo(lastMergedRow);
        next.end();
    }

    /** Passes on the rows after the last one read, up to the given one, that merged areas fill. */
    private void fillUpTo(int row) throws StopReading {
        for (int r = lastRow + 1; r <= row; r++) {
            Row filled = fill(new Row(r, List.of()));
            if (!filled.cells().isEmpty()) {
                next.row(filled);
            }
        }
        lastRow = Math.max(lastRow, row);
    }

    private Row fill(Row row) {
        int r = row.number() - 1;
        if (areas.stream().noneMatch(area -> r >= area.getFirstRow() && r <= area.getLastRow())) {
            return row;
        }
        TreeMap<Integer, Cell> cells = new TreeMap<>();
        row.cells().forEach(c -> cells.put(c.column(), c));
        boolean changed = false;
        for (CellRangeAddress area : areas) {
            if (r < area.getFirstRow() || r > area.getLastRow()) {
                continue;
            }
            if (r == area.getFirstRow() && cells.containsKey(area.getFirstColumn())) {
                values.put(area, cells.get(area.getFirstColumn()));
            }
            Cell value = values.get(area);
            if (value == null) {
                continue;
            }
            for (int c = area.getFirstColumn(); c <= area.getLastColumn(); c++) {
                if (!cells.containsKey(c)) {
                    cells.put(c, value.movedTo(c));
                    changed = true;
                }
            }
        }
        return changed ? new Row(row.number(), new ArrayList<>(cells.values())) : row;
    }
}
