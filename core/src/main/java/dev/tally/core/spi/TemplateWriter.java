package dev.tally.core.spi;

import dev.tally.core.model.Ledger;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an empty ledger file for people to fill in: the columns, guidance and an example, with
 * choices (such as dropdowns of sources and metrics) taken from a ledger. {@code tally template}
 * uses it.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TemplateWriter {

    /**
     * Writes the template. The stream is flushed and not closed.
     *
     * @param context  the ledger whose sources, subjects and metrics the template offers, not null
     * @param output  where to write, not null
     * @throws UnwritableLedgerException if the format cannot hold part of the ledger (a name longer
     *         than a cell, say); lists every such part, and what was written by then is not a file
     *         to keep
     * @throws IOException if the stream cannot be written
     */
    void writeTemplate(Ledger context, OutputStream output) throws IOException;
}
