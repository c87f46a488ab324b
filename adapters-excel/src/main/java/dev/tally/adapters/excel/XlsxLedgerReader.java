package dev.tally.adapters.excel;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.util.TempFile;

/**
 * Reads a ledger from an .xlsx workbook without loading its workbook model: the package is opened
 * for random access and each sheet's XML streamed through SAX. See {@link WorkbookImport} for what
 * is read and {@code docs/spreadsheet-format.md} for the accepted forms and the limits.
 */
final class XlsxLedgerReader implements LedgerReader {

    /**
     * Spools the stream to a temporary file, which a zip needs, in POI's temporary folder (as its
     * streaming writer's files), and reads that; the file is always removed.
     */
    @Override
    public Ledger read(InputStream input) throws IOException {
        Path spool = TempFile.createTempFile("tally-import-", ".xlsx").toPath();
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            return read(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public Ledger read(Path file) throws IOException {
        return readPlaced(file).ledger();
    }

    /** Reads the workbook, each field of an estimate placed at its cell ({@code Estimates!E6}). */
    @Override
    public PlacedLedger readPlaced(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a readable file");
        }
        try (WorkbookParts parts = WorkbookParts.open(file)) {
            return new WorkbookImport(parts).read();
        } catch (NoClassDefFoundError e) {
            // A part compressed with bzip2, LZMA or Zstandard makes the zip library look for a codec
            // that is not installed. A workbook's parts are only ever stored or deflated.
            throw new InvalidInputException(List.of(new Problem(new Location.Whole(), "not an .xlsx workbook: a part "
                    + "is compressed in a way workbooks never use (their parts are only stored or deflated)")));
        }
    }
}
