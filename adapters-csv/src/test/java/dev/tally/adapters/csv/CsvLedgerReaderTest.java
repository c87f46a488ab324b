package dev.tally.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading of the end of a file, where a quote left open is told from quotes that close (see {@link EndMark}). */
class CsvLedgerReaderTest {

    private static final String HEADER = "Source,Metric,Figure,As of,Note\r\n";

    private final LedgerReader reader = new CsvFormat().reader().orElseThrow();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\n", "\r\n", "\r", "\n\n\n"})
    void a_quoted_last_field_that_closes_at_the_end_of_the_file_reads_whatever_follows_it(String end)
            throws IOException {
        Ledger ledger = read(HEADER + "nis,killed,300,2025-01,\"a note, with a comma\nand a line\"" + end);

        assertThat(ledger.estimates()).extracting(Estimate::note).containsExactly(Optional.of("a note, with a comma"
                + "\nand a line"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\n", "\r\n"})
    void the_last_record_reads_with_or_without_a_line_break_after_it(String end) throws IOException {
        Ledger ledger = read(HEADER + "nis,killed,300,2025-01,first\r\nnis,wounded,2700,2025-01,last" + end);

        assertThat(ledger.estimates()).extracting(Estimate::note).containsExactly(Optional.of("first"),
                Optional.of("last"));
    }

    private Ledger read(String csv) throws IOException {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
