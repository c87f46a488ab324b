package dev.tally.adapters.csv;

import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.table.ColumnMapping;
import dev.tally.core.table.TableFileReader;
import dev.tally.core.table.TableImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a ledger from a CSV file, streaming its records through core's table reading
 * ({@link TableImport}): the same ledger and the same problems as a workbook with the same cells.
 * Sources, subjects and metrics come from the names the rows use, or from companion files; a
 * stream is spooled to a temporary file, which detecting the encoding and delimiter reads twice.
 */
final class CsvLedgerReader extends TableFileReader {

    /** The options this reader takes: see {@code docs/csv-format.md}. */
    static final Set<String> OPTIONS = Set.of(CsvOptions.DELIMITER, CsvOptions.ENCODING, CsvOptions.COMMENTS,
            CsvOptions.SOURCES, CsvOptions.SUBJECTS, CsvOptions.METRICS, ColumnMapping.COLUMN_OPTION,
            ColumnMapping.VALUE_OPTION);

    @Override
    protected Path spoolFile() throws IOException {
        return Files.createTempFile("tally-import-", ".csv");
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    protected PlacedLedger read(Path file, FormatOptions options, ColumnMapping mapping, Consumer<String> notices) {
        CsvOptions given;
        try {
            given = CsvOptions.of(options);
        } catch (IllegalArgumentException e) {
            throw unreadableOption(e);
        }
        return TableImport.read(new CsvTables(file, given, notices), mapping);
    }
}
