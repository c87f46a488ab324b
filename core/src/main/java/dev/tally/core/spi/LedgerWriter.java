package dev.tally.core.spi;

import dev.tally.core.model.Ledger;
import java.io.IOException;
import java.io.OutputStream;

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
}
