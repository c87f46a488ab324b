package dev.tally.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.PlacedLedger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the readers of table files share: the spooling of a stream, and options read into a column mapping. */
class TableFileReaderTest {

    private static final String TABLE = "Source,Metric,Low,Best,High,As of\nUCDP,killed,1,0,3,2025\n";

    @TempDir
    Path dir;

    private final List<Path> spooled = new ArrayList<>();

    /** Reads a file of comma-separated cells, one row a line, as a table of estimates. */
    private final TableFileReader reader = new TableFileReader() {
        @Override
        protected Path spoolFile() throws IOException {
            Path spool = Files.createTempFile(dir, "spool-", ".txt");
            spooled.add(spool);
            return spool;
        }

        @Override
        protected PlacedLedger read(Path file, FormatOptions options, ColumnMapping mapping, Consumer<String> notices)
                throws IOException {
            if (options.get("delimiter").isPresent()) {
                throw unreadableOption(new IllegalArgumentException("--delimiter is not taken here"));
            }
            notices.accept("read " + file.getFileName());
            Object[][] rows = Files.readAllLines(file).stream().map(line -> (Object[]) line.split(",", -1))
                    .toArray(Object[][]::new);
            return TableImport.read(MemoryTables.estimates(rows), mapping);
        }
    };

    @Test
    void a_stream_is_spooled_to_a_file_that_is_removed_after_the_reading() throws IOException {
        Ledger ledger = reader.read(new ByteArrayInputStream("Source,Metric,Figure,As of\nNIS,killed,300,2025\n"
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(ledger.estimates()).hasSize(1);
        assertThat(spooled).hasSize(1);
        assertThat(spooled.get(0)).doesNotExist();
    }

    @Test
    void the_spooled_file_is_removed_when_the_reading_fails() {
        byte[] bad = "Source,Metric,Figure,As of\nNIS,killed,lots,2025\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bad))).isInstanceOf(InvalidInputException.class);
        assertThat(spooled.get(0)).doesNotExist();
    }

    @Test
    void a_file_is_read_without_options() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), "Source,Metric,Figure,As of\nNIS,killed,300,2025\n");

        assertThat(reader.read(file).estimates()).hasSize(1);
        assertThat(reader.readPlaced(file).places().of(0, dev.tally.core.model.EstimateField.FIGURE))
                .hasToString("Estimates:2:3 (Figure)");
    }

    @Test
    void the_mapping_the_options_give_tells_the_readers_notices_what_it_repaired() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), TABLE);
        List<String> notices = new ArrayList<>();

        PlacedLedger placed = reader.readPlaced(file, FormatOptions.of(Map.of(ColumnMapping.VALUE_OPTION,
                List.of("Repair=widen"))), notices::add);

        assertThat(placed.ledger().estimates()).hasSize(1);
        assertThat(notices).containsExactly("read t.txt", "Estimates:2: the Low 1, Best 0 and High 3 contradict each "
                + "other; read as 0 (0–3) (the mapping repairs such figures by widening them to hold all three)");
    }

    @Test
    void a_mapping_that_cannot_be_read_is_a_problem_of_the_whole_input() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), TABLE);

        assertThatThrownBy(() -> reader.readPlaced(file, FormatOptions.of(Map.of(ColumnMapping.VALUE_OPTION,
                List.of("Repair=fix", "Colour=red"))), notice -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly(
                                "file: --value \"Repair=fix\": \"fix\" is no way to repair a figure; write widen",
                                "file: --value \"Colour=red\": write COLUMN=VALUE, with COLUMN one of Id, "
                                        + "Source, Subject, Metric, Figure, Low, Best, High, As of, Basis, Reported, "
                                        + "Via, Credibility, Citation title, Publisher, URL, Quote, Note, Revises, or "
                                        + "Source name, Source kind, Source reliability, Repair"));
    }

    @Test
    void an_option_of_the_formats_own_that_cannot_be_read_is_a_problem_of_the_whole_input() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), TABLE);

        assertThatThrownBy(() -> reader.readPlaced(file, FormatOptions.of(Map.of("delimiter", List.of(";"))),
                notice -> { })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Object::toString).containsExactly("file: --delimiter is not taken here"));
    }

    @Test
    void a_path_that_is_no_regular_file_is_no_file_to_read() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("not a readable file");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"))).isInstanceOf(NoSuchFileException.class);
    }
}
