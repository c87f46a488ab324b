package dev.tally.adapters.json;

import dev.tally.core.spi.FormatDescriptor;
import java.util.List;

/**
 * The Tally JSON Lines ledger ({@code .jsonl}) for very large ledgers: a first line holding
 * {@code format}, {@code version}, {@code sources}, {@code subjects} and {@code metrics}, then one
 * estimate object a line. Reader and writer stream; the reader never holds the file's text.
 *
 * <p>Problems are reported with the JSON pointer within the line's object and the file's line and
 * column. The format is described in {@code docs/json-format.md}; its JSON Schema is
 * {@link #schema()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLinesFormat extends JsonFamilyFormat {

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonLinesFormat() {
        super(new FormatDescriptor("jsonl", "Tally JSON Lines ledger", List.of("jsonl")), new JsonLinesLedgerReader(),
                new JsonLinesLedgerWriter());
    }
}
