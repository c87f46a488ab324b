package dev.tally.adapters.excel;

import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.ColumnMapping;
import dev.tally.core.table.TableFileReader;
import dev.tally.core.table.TableImport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.util.TempFile;

/**
 * Reads a ledger from an .xlsx workbook without loading its workbook model: the package is opened
 * for random access and each sheet's XML streamed through SAX. See {@link TableImport} for what
 * is read and {@code docs/spreadsheet-format.md} for the accepted forms and the limits.
 */
final class XlsxLedgerReader extends TableFileReader {

    /** In POI's temporary folder, as its streaming writer's files. */
    @Override
    protected Path spoolFile() throws IOException {
        return TempFile.createTempFile("tally-import-", ".xlsx").toPath();
    }

    /** A column mapping: {@code column} and {@code value}, as {@link ColumnMapping} reads them. */
    @Override
    public Set<String> options() {
        return Set.of(ColumnMapping.COLUMN_OPTION, ColumnMapping.VALUE_OPTION);
    }

    /** Reads the workbook, the Estimates sheet's columns as the mapping says, each field placed at its cell. */
    @Override
    protected PlacedLedger read(Path file, FormatOptions options, ColumnMapping mapping, Consumer<String> notices)
            throws IOException {
        try (WorkbookParts parts = WorkbookParts.open(file)) {
            return read(parts, mapping);
        } catch (NoClassDefFoundError e) {
            // A part compressed with bzip2, LZMA or Zstandard makes the zip library look for a codec
            // that is not installed. A workbook's parts are only ever stored or deflated.
            throw new InvalidInputException(List.of(new Problem(new Location.Whole(), "not an .xlsx workbook: a part "
                    + "is compressed in a way workbooks never use (their parts are only stored or deflated)")));
        }
    }

    /**
     * Imports the workbook in one pass per sheet, and again if merged areas were found after rows
     * they may fill had been passed on: the second reading knows them before the rows.
     */
    private static PlacedLedger read(WorkbookParts parts, ColumnMapping mapping) {
        try {
            PlacedLedger ledger = TableImport.read(parts, mapping);
            if (!parts.readAgain()) {
                return ledger;
            }
        } catch (InvalidInputException e) {
            if (!parts.readAgain()) {
                throw e;
            }
        }
        return TableImport.read(parts, mapping);
    }
}
