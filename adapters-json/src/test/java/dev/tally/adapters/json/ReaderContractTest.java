package dev.tally.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the SPI promises of a reader: the stream is read to its end and left open; a failing stream is an I/O error. */
class ReaderContractTest {

    static Stream<LedgerFormat> formats() {
        return Formats.both().stream();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_reader_reads_the_stream_to_its_end_and_leaves_it_open(LedgerFormat format) throws IOException {
        Watched input = new Watched(new ByteArrayInputStream(Formats.write(format, SampleLedger.load())));

        format.reader().orElseThrow().read(input);

        assertFalse(input.closed);
        assertEquals(-1, input.read());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void a_stream_that_fails_is_reported_as_an_io_error_not_as_invalid_input(LedgerFormat format) {
        IOException failure = new IOException("disk gone");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                throw failure;
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> format.reader().orElseThrow().read(failing));

        assertSame(failure, thrown);
    }

    /** A stream that remembers whether it was closed. */
    private static final class Watched extends FilterInputStream {
        private boolean closed;

        Watched(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    @Test
    void reading_a_file_places_each_estimate_at_the_start_of_its_object(@TempDir Path folder) throws IOException {
        Path json = Files.write(folder.resolve("l.json"), Formats.write(Formats.JSON, SampleLedger.load()));
        Path lines = Files.write(folder.resolve("l.jsonl"), Formats.write(Formats.JSONL, SampleLedger.load()));

        PlacedLedger document = Formats.JSON.reader().orElseThrow().readPlaced(json);
        PlacedLedger perLine = Formats.JSONL.reader().orElseThrow().readPlaced(lines);

        assertEquals(SampleLedger.load(), document.ledger());
        assertTrue(document.places().of(4, EstimateField.FIGURE).toString().matches("/estimates/4 \\(\\d+:\\d+\\)"));
        assertEquals(new Location.JsonPointer("", 6, 1), perLine.places().of(4, EstimateField.NOTE));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void citations_that_name_one_publisher_share_one_optional_string(LedgerFormat format) {
        Citation cited = new Citation(Optional.of("Briefing"), Optional.of("Press office"), Optional.empty(),
                Optional.empty());
        Ledger.Builder written = SampleLedger.load().toBuilder();
        for (String id : List.of("shared-1", "shared-2")) {
            Estimate any = SampleLedger.load().estimates().get(0);
            written.add(any.toBuilder().id(id).revises(List.of()).citation(cited).build());
        }

        Ledger read = Formats.read(format, Formats.write(format, written.build()));

        Optional<String> first = read.estimate("shared-1").orElseThrow().citation().orElseThrow().publisher();
        Optional<String> second = read.estimate("shared-2").orElseThrow().citation().orElseThrow().publisher();
        assertEquals(Optional.of("Press office"), first);
        assertSame(first, second);
    }
}
