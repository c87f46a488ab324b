package dev.tally.adapters.json;

import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import java.util.Optional;

/**
 * What the two JSON formats share: a descriptor, a reader, a writer and the one published schema.
 * Immutable and thread-safe.
 */
abstract class JsonFamilyFormat implements LedgerFormat {

    private final FormatDescriptor descriptor;
    private final LedgerReader reader;
    private final LedgerWriter writer;

    JsonFamilyFormat(FormatDescriptor descriptor, LedgerReader reader, LedgerWriter writer) {
        this.descriptor = descriptor;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public final FormatDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final Optional<LedgerReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public final Optional<LedgerWriter> writer() {
        return Optional.of(writer);
    }

    /**
     * The JSON Schema (draft 2020-12) of both JSON formats: the {@code .json} document at its root;
     * the first line of a {@code .jsonl} file under {@code $defs/header}, every other line under
     * {@code $defs/estimate}.
     *
     * @return the schema's text, always present
     */
    @Override
    public final Optional<String> schema() {
        return Optional.of(LedgerSchema.text());
    }
}
