package dev.tally.adapters.excel;

import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.TemplateWriter;
import java.util.List;
import java.util.Optional;

/**
 * The Excel workbook format ({@code .xlsx}): reads the workbooks analysts keep, tolerantly and all
 * or nothing, and writes a workbook they can keep using, and a template to fill in. See {@code docs/spreadsheet-format.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxFormat implements LedgerFormat {

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("xlsx", "Excel workbook", List.of("xlsx"));

    private final LedgerReader reader = new XlsxLedgerReader();
    private final LedgerWriter writer = new XlsxLedgerWriter();
    private final TemplateWriter template = new XlsxTemplateWriter();

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public XlsxFormat() {
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
        return Optional.of(template);
    }
}
