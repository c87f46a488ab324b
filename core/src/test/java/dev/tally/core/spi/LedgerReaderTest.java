package dev.tally.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default file reading of a {@link LedgerReader}: the file's bytes through the stream reader. */
class LedgerReaderTest {

    @Test
    void reading_a_file_gives_what_the_stream_reader_gives_for_its_bytes(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("ledger.txt"), "the bytes");
        List<String> seen = new ArrayList<>();
        Ledger ledger = Ledger.empty();
        LedgerReader reader = input -> {
            seen.add(new String(input.readAllBytes(), StandardCharsets.UTF_8));
            return ledger;
        };

        assertThat(reader.read(file)).isSameAs(ledger);
        assertThat(seen).containsExactly("the bytes");
    }

    @Test
    void a_reader_that_places_nothing_places_every_estimate_at_the_whole_file(@TempDir Path folder)
            throws IOException {
        Path file = Files.writeString(folder.resolve("ledger.txt"), "the bytes");
        Ledger ledger = Ledger.empty();
        LedgerReader reader = input -> ledger;

        PlacedLedger placed = reader.readPlaced(file);

        assertThat(placed.ledger()).isSameAs(ledger);
        assertThat(placed.places().of(0, EstimateField.FIGURE)).isEqualTo(new Location.Whole());
        assertThat(reader.readPlaced(file, FormatOptions.none(), notice -> { }).ledger()).isSameAs(ledger);
        assertThat(reader.options()).isEmpty();
    }
}
