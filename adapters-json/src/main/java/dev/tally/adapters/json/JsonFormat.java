package dev.tally.adapters.json;

import dev.tally.core.spi.FormatDescriptor;
import java.util.List;

/**
 * The Tally JSON ledger ({@code .json}): one pretty-printed document
 * {@code {"format": "tally-ledger", "version": 1, "sources": [...], "subjects": [...], "metrics": [...], "estimates": [...]}}
 * in a fixed key order, so that reading and writing again gives the same bytes.
 *
 * <p>The reader is strict and reports every problem of a file at once, each with its JSON pointer,
 * line and column. The format is described in {@code docs/json-format.md}; its JSON Schema is
 * {@link #schema()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFormat extends JsonFamilyFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonFormat() {
        super(new FormatDescriptor("json", "Tally JSON ledger", List.of("json")), new JsonLedgerReader(),
                new JsonLedgerWriter());
    }
}
