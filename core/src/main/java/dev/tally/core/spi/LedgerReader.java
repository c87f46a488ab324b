package dev.tally.core.spi;

import dev.tally.core.model.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a whole ledger from a file or stream, all or nothing.
 *
 * <p>A reader reports every problem of its input at once, each at its place, by throwing an
 * {@link InvalidInputException}; it never returns part of a ledger.
 *
 * <p>Implementations must be thread-safe.
 */
public interface LedgerReader {

    /**
     * Reads a ledger from a stream. The stream is read to its end and not closed.
     *
     * @param input  the bytes of the file, not null
     * @return the ledger, never null
     * @throws InvalidInputException if the input is not a valid ledger; lists every problem found
     * @throws IOException if the stream cannot be read
     */
    Ledger read(InputStream input) throws IOException;

    /**
     * Reads a ledger from a file. Formats that need random access (a zip, say) override this.
     *
     * @param file  the file, not null
     * @return the ledger, never null
     * @throws InvalidInputException if the file is not a valid ledger; lists every problem found
     * @throws IOException if the file cannot be read
     */
    default Ledger read(Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return read(input);
        }
    }

    /**
     * Reads a ledger from a file, with where each estimate was found in it, so that a tool can name
     * an estimate's place when it reports on it later (an import's conflicts, say). Reads as
     * {@link #read(Path)} does; the default places nothing ({@link EstimatePlaces#unknown()}), and
     * formats that know their places override this.
     *
     * @param file  the file, not null
     * @return the ledger and its estimates' places, never null
     * @throws InvalidInputException if the file is not a valid ledger; lists every problem found
     * @throws IOException if the file cannot be read
     */
    default PlacedLedger readPlaced(Path file) throws IOException {
        return PlacedLedger.unplaced(read(file));
    }

    /**
     * The names of the {@link FormatOptions} this reader takes, such as {@code delimiter}; the
     * default takes none.
     *
     * @return the names, never null
     */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * Reads a ledger from a file as {@link #readPlaced(Path)} does, with options the user gave, and
     * tells what it assumed on the way (an encoding it guessed, say) to a listener. The default
     * ignores both; a reader that takes options overrides this.
     *
     * @param file  the file, not null
     * @param options  options among {@link #options()}, not null
     * @param notices  takes each notice, one sentence for people, not null
     * @return the ledger and its estimates' places, never null
     * @throws InvalidInputException if the file is not a valid ledger; lists every problem found
     * @throws IOException if the file cannot be read
     */
    default PlacedLedger readPlaced(Path file, FormatOptions options, Consumer<String> notices) throws IOException {
        return readPlaced(file);
    }
}
