package dev.tally.core.spi;

import java.util.Optional;

/**
 * A file format for ledgers: the service that an adapter plugin provides.
 *
 * <p>An adapter announces its format with {@link java.util.ServiceLoader}: it lists its one public
 * implementation of this interface in {@code META-INF/services/dev.tally.core.spi.LedgerFormat}
 * (or {@code provides} it in its {@code module-info}). The implementation needs a public no-argument
 * constructor. A format may read, write, or both.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface LedgerFormat {

    /**
     * What the format calls itself and which file extensions it claims.
     *
     * @return the descriptor, never null
     */
    FormatDescriptor descriptor();

    /**
     * The reader of this format.
     *
     * @return the reader, or empty if the format cannot be read
     */
    Optional<LedgerReader> reader();

    /**
     * The writer of this format.
     *
     * @return the writer, or empty if the format cannot be written
     */
    Optional<LedgerWriter> writer();

    /**
     * The writer of empty files for people to fill in, for formats meant to be edited by hand.
     *
     * @return the template writer, or empty if the format offers no template
     */
    default Optional<TemplateWriter> templateWriter() {
        return Optional.empty();
    }

    /**
     * A machine-readable description of the format that the format publishes, such as a JSON
     * Schema; {@code tally schema} prints it.
     *
     * @return the schema's text, or empty if the format publishes none
     */
    default Optional<String> schema() {
        return Optional.empty();
    }
}
