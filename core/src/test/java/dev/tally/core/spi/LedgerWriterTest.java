package dev.tally.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default writing as known at a date: a format that derives no views writes the ledger as always. */
class LedgerWriterTest {

    @Test
    void a_writer_without_views_writes_the_same_bytes_whatever_the_date() throws IOException {
        LedgerWriter writer = (ledger, output) -> output.write(ledger.toString().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream dated = new ByteArrayOutputStream();

        writer.write(Ledger.empty(), plain);
        writer.write(Ledger.empty(), dated, LocalDate.of(2025, 2, 15));

        assertThat(dated.toByteArray()).isEqualTo(plain.toByteArray()).isNotEmpty();
    }
}
