package dev.tally.adapters.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.UnwritableLedgerException;
import dev.tally.core.table.EstimateCells;
import dev.tally.core.table.EstimateColumn;
import dev.tally.core.table.Heading;
import dev.tally.core.table.TableLimits;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a ledger's estimates as one CSV table in the columns of a workbook's Estimates sheet,
 * UTF-8 with a byte order mark (so that Excel reads its accents), lines ended by CRLF as RFC 4180
 * has them, optionally with an HXL tag row under the header; every text guarded against formula
 * injection ({@link FormulaGuard}). Sources, subjects and metrics are written only as the ids the
 * rows use: a CSV file is one table.
 */
final class CsvLedgerWriter implements LedgerWriter {

    /** The option that adds an HXL tag row under the header. */
    static final String HXL = "hxl";

    @Override
    public void write(Ledger ledger, OutputStream output) throws IOException {
        write(ledger, output, Optional.empty(), FormatOptions.none());
    }

    @Override
    public void write(Ledger ledger, OutputStream output, LocalDate asKnownAt) throws IOException {
        write(ledger, output);
    }

    @Override
    public Set<String> options() {
        return Set.of(HXL);
    }

    @Override
    public void write(Ledger ledger, OutputStream output, Optional<LocalDate> asKnownAt, FormatOptions options)
            throws IOException {
        refuseUnwritable(ledger);
        try (CsvWriter csv = open(output, options.get(HXL).isPresent())) {
            String[] cells = new String[EstimateColumn.values().length];
            Row row = new Row(cells);
            for (Estimate e : ledger.estimates()) {
                Arrays.fill(cells, null);
                EstimateCells.write(e, row);
                csv.writeRecord(cells);
            }
        }
    }

    /** Writes the header row alone: a CSV file to fill in. */
    void writeTemplate(Ledger context, OutputStream output) throws IOException {
        try (CsvWriter csv = open(output, false)) {
            csv.flush();
        }
    }

    /** A writer whose header (and tag) rows are written; closing it flushes the stream and leaves it open. */
    private static CsvWriter open(OutputStream output, boolean hxl) throws IOException {
        OutputStream kept = new FilterOutputStream(output) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        kept.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(kept, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(Arrays.stream(EstimateColumn.values()).map(c -> c.names().header()).toList());
        if (hxl) {
            csv.writeRecord(Arrays.stream(EstimateColumn.values()).map(c -> c.names().tags().get(0)).toList());
        }
        return csv;
    }

    /**
     * Refuses, before a byte is written, what no table reader would read back as written: a text
     * longer than a cell holds, a NUL character (which readers take for a binary file) and a lone
     * surrogate (which UTF-8 cannot encode). Every such text is named.
     */
    private static void refuseUnwritable(Ledger ledger) {
        List<Problem> problems = new ArrayList<>();
        String[] cells = new String[EstimateColumn.values().length];
        for (Estimate e : ledger.estimates()) {
            Arrays.fill(cells, null);
            EstimateCells.write(e, new Row(cells));
            for (EstimateColumn column : EstimateColumn.values()) {
                String text = cells[column.ordinal()];
                if (text != null) {
                    unwritable(FormulaGuard.unguard(text)).ifPresent(why -> problems.add(new Problem(new Location.Whole(), "the "
                            + column.names().header() + " of estimate " + e.id() + " " + why)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UnwritableLedgerException(problems);
        }
    }

    /** Why a text cannot be written to a CSV cell, if it cannot; a formula guard's apostrophe does not count. */
    private static Optional<String> unwritable(String text) {
        if (text.length() > TableLimits.MAX_CELL_CHARACTERS) {
            return Optional.of("has " + TableLimits.format(text.length()) + " characters, more than the "
                    + TableLimits.format(TableLimits.MAX_CELL_CHARACTERS) + " a cell holds; shorten it");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("holds a NUL character (U+0000), which CSV readers take for a binary file; remove it "
                        + "or keep the ledger in JSON");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                return Optional.of(String.format(java.util.Locale.ROOT, "holds a lone surrogate (U+%04X) at character "
                        + "%d, which UTF-8 cannot encode; remove it or keep the ledger in JSON", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** The cells of one row, each text guarded; numbers without grouping, periods as text. */
    private record Row(String[] cells) implements EstimateCells.Target {

        @Override
        public void text(Heading column, String text) {
            cells[column.ordinal()] = text == null || text.isEmpty() ? null : FormulaGuard.guard(text);
        }

        @Override
        public void number(Heading column, long value) {
            cells[column.ordinal()] = Long.toString(value);
        }

        @Override
        public void period(Heading column, Period period) {
            text(column, period.toText());
        }

        @Override
        public void link(Heading column, String url) {
            text(column, url);
        }
    }
}
