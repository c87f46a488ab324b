package dev.tally.core.spi;

import dev.tally.core.model.Ledger;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a whole ledger to a stream.
 *
 * <p>The writer only writes bytes; the caller owns the target and makes the write atomic (a
 * temporary file moved into place), so that a failed write never leaves half a file.
 *
 * <p>Implementations must be thread-safe.
 */
public interface LedgerWriter {

    /**
     * Writes the ledger. The stream is flushed and not closed.
     *
     * @param ledger  the ledger, not null
     * @param output  where to write, not null
     * @throws UnwritableLedgerException if the format cannot hold part of the ledger; lists every
     *         such part, and what was written by then is not a ledger to keep
     * @throws IOException if the stream cannot be written
     */
    void write(Ledger ledger, OutputStream output) throws IOException;

    /**
     * Writes the ledger, with the views the format derives from it (a workbook's reconciled figures
     * and checks, say) as known at a date: only the estimates reported by then, less those
     * superseded by then, as {@link dev.tally.core.analysis.Knowledge#at} has it. The ledger's
     * records are written whole all the same. The stream is flushed and not closed.
     *
     * <p>The default, for formats that derive no views, writes as {@link #write(Ledger, OutputStream)}.
     *
     * @param ledger  the ledger, not null
     * @param output  where to write, not null
     * @param asKnownAt  the date the views show, not null
     * @throws UnwritableLedgerException if the format cannot hold part of the ledger; lists every
     *         such part, and what was written by then is not a ledger to keep
     * @throws IOException if the stream cannot be written
     */
    default void write(Ledger ledger, OutputStream output, LocalDate asKnownAt) throws IOException {
        Objects.requireNonNull(asKnownAt, "asKnownAt");
        write(ledger, output);
    }

    /**
     * The names of the {@link FormatOptions} this writer takes, such as {@code hxl}; the default
     * takes none.
     *
     * @return the names, never null
     */
    default Set<String> options() {
        return Set.of();
    }

    /**
     * Writes a ledger as {@link #write(Ledger, OutputStream, LocalDate)} or
     * {@link #write(Ledger, OutputStream)} does, with options the user gave. The default ignores
     * the options; a writer that takes some overrides this.
     *
     * @param ledger  the ledger, not null
     * @param output  where to write, not null
     * @param asKnownAt  the date the derived views show, or empty for everything the ledger holds
     * @param options  options among {@link #options()}, not null
     * @throws UnwritableLedgerException if the format cannot hold part of the ledger
     * @throws IOException if the stream cannot be written
     */
    default void write(Ledger ledger, OutputStream output, Optional<LocalDate> asKnownAt, FormatOptions options)
            throws IOException {
        if (asKnownAt.isPresent()) {
            write(ledger, output, asKnownAt.get());
        } else {
            write(ledger, output);
        }
    }
}
