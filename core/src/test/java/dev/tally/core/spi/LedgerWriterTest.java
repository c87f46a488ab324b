package dev.tally.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Ledger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void a_writer_takes_no_options_unless_it_says_so_and_ignores_those_given() throws IOException {
        List<String> calls = new ArrayList<>();
        LedgerWriter writer = new LedgerWriter() {
            @Override
            public void write(Ledger ledger, OutputStream output) {
                calls.add("plain");
            }

            @Override
            public void write(Ledger ledger, OutputStream output, LocalDate asKnownAt) {
                calls.add("as known at " + asKnownAt);
            }
        };
        FormatOptions options = FormatOptions.of(Map.of("hxl", List.of("true")));

        writer.write(Ledger.empty(), OutputStream.nullOutputStream(), Optional.empty(), options);
        writer.write(Ledger.empty(), OutputStream.nullOutputStream(), Optional.of(LocalDate.of(2025, 2, 15)), options);

        assertThat(writer.options()).isEmpty();
        assertThat(calls).containsExactly("plain", "as known at 2025-02-15");
    }

    @Test
    void writing_as_known_at_needs_the_date() {
        LedgerWriter writer = (ledger, output) -> output.write(1);

        assertThatThrownBy(() -> writer.write(Ledger.empty(), OutputStream.nullOutputStream(), (LocalDate) null))
                .isInstanceOf(NullPointerException.class).hasMessage("asKnownAt");
    }
}
