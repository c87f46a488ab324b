package dev.tally.adapters.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What the reads of a workbook learned of its sheets' merged areas, which a sheet's XML holds
 * after its rows. A workbook is first read in one pass per sheet, its rows passed on as they are
 * parsed; a sheet read to its end then knows its merged areas, and one stopped before its end
 * knows it has none if its bytes never name a {@code mergeCell}. Rows passed on before merged
 * areas were known may lack the values those areas spread, so such a read is missed: the workbook
 * is read again, each sheet's merged areas known (or found) before its rows. Not thread-safe.
 */
final class MergedAreas {

    private final Map<String, List<CellRangeAddress>> known = new HashMap<>();
    private boolean missed;
    private boolean first = true;

    /** Whether the rows are read before the merged areas are known: in the first reading of the workbook. */
    boolean firstReading() {
        return first;
    }

    /** The merged areas of a sheet, if a read learned them. */
    Optional<List<CellRangeAddress>> of(String sheet) {
        return Optional.ofNullable(known.get(sheet));
    }

    /** Takes the merged areas of a sheet whose first reading went to its end; any area misses the read. */
    void readToEnd(String sheet, List<CellRangeAddress> areas) {
        known.put(sheet, List.copyOf(areas));
        missed |= !areas.isEmpty();
    }

    /** Takes what a quick scan of a sheet whose first reading stopped early found: whether it names a merged cell. */
    void stoppedEarly(String sheet, boolean mentionsMergedCells) {
        if (mentionsMergedCells) {
            missed = true;
        } else {
            known.putIfAbsent(sheet, List.of());
        }
    }

    /**
     * Whether the first reading missed merged areas; if so, the reading that follows knows each
     * sheet's merged areas before its rows.
     */
    boolean readAgain() {
        boolean again = first && missed;
        first = false;
        return again;
    }
}
