package dev.tally.core.table;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the readers of tables in files share: a stream is spooled to a temporary file (a table file
 * is read more than once, or needs random access), options are read into a {@link ColumnMapping}
 * and an option that cannot be read is a problem of the input.
 * A subclass reads the file's tables with {@link TableImport}.
 *
 * <p>Subclasses must be thread-safe, as every {@link LedgerReader}.
 */
public abstract class TableFileReader implements LedgerReader {

    /** For subclasses. */
    protected TableFileReader() {
    }

    /**
     * Spools the stream to a temporary file from {@link #spoolFile()}, reads that, and always removes it.
     */
    @Override
    public final Ledger read(InputStream input) throws IOException {
        Path spool = spoolFile();
        try {
            Files.copy(input, spool, StandardCopyOption.REPLACE_EXISTING);
            return read(spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public final Ledger read(Path file) throws IOException {
        return readPlaced(file).ledger();
    }

    @Override
    public final PlacedLedger readPlaced(Path file) throws IOException {
        return readPlaced(file, FormatOptions.none(), notice -> { });
    }

    @Override
    public final PlacedLedger readPlaced(Path file, FormatOptions options, Consumer<String> notices)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a readable file");
        }
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.of(options);
        } catch (InvalidMappingException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new Problem(new Location.Whole(), p))
                    .toList());
        }
        return read(file, options, mapping.reportingTo(notices), notices);
    }

    /**
     * An option that cannot be read, as a problem of the input.
     *
     * @param e  the refusal of the option, whose message says which and what to write
     * @return the exception to throw, never null
     */
    protected static InvalidInputException unreadableOption(IllegalArgumentException e) {
        return new InvalidInputException(List.of(new Problem(new Location.Whole(), e.getMessage())));
    }

    /**
     * Creates the empty temporary file a stream is spooled to.
     *
     * @return the file, which the caller removes
     * @throws IOException if it cannot be created
     */
    protected abstract Path spoolFile() throws IOException;

    /**
     * Reads the tables of a file, as {@link TableImport#read(Tables, ColumnMapping)} does.
     *
     * @param file  a regular file, not null
     * @param options  the options the user gave, among {@link #options()}, not null
     * @param mapping  the column mapping those options give, not null
     * @param notices  takes what the reader assumed, one sentence each, not null
     * @return the ledger and its estimates' places, never null
     * @throws InvalidInputException if the file is not a valid ledger, or an option of the format's
     *         own cannot be read ({@link #unreadableOption}); lists every problem found
     * @throws IOException if the file cannot be read
     */
    protected abstract PlacedLedger read(Path file, FormatOptions options, ColumnMapping mapping,
                                         Consumer<String> notices) throws IOException;
}
