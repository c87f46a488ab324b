package dev.tally.adapters.csv;

import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.TemplateWriter;
import java.util.List;
import java.util.Optional;

/**
 * The CSV format: a table of estimates in a {@code .csv} or {@code .tsv} file, read as public data
 * publishes it and written in the columns of a workbook's Estimates sheet. See
 * {@code docs/csv-format.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvFormat implements LedgerFormat {

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("csv", "CSV table of estimates",
            List.of("csv", "tsv"));

    private final CsvLedgerReader reader = new CsvLedgerReader();
    private final CsvLedgerWriter writer = new CsvLedgerWriter();

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public CsvFormat() {
        // nothing to set up: the reader and writer hold no state
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<LedgerReader> reader() {
        return Optional.of(reader);
    }

    @Override
    public Optional<LedgerWriter> writer() {
        return Optional.of(writer);
    }

    @Override
    public Optional<TemplateWriter> templateWriter() {
        return Optional.of(writer::writeTemplate);
    }
}
