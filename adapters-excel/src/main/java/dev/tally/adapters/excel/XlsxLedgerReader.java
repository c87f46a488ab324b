package dev.tally.adapters.excel;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads a ledger from an .xlsx workbook without loading its workbook model: the package is opened
 * for random access and each sheet's XML streamed through SAX. See {@link WorkbookImport} for what
 * is read and {@code docs/spreadsheet-format.md} for the accepted forms and the limits.
 */
final class XlsxLedgerReader implements LedgerReader {

    /** Spools the stream to a temporary file, which a zip needs, and reads that; the file is always removed. */
    @Override
    public Ledger read(InputStream input) throws IOException {
        Path spool = Files.createTempFile("tally-import-", ".xlsx");
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            return read(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public Ledger read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a readable file");
        }
        try (WorkbookParts parts = WorkbookParts.open(file)) {
            return new WorkbookImport(parts).read();
        }
    }
}
