package dev.tally.adapters.json;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.PlacedLedger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a {@code .jsonl} ledger: a header object on the first line, then one estimate object a
 * line. It streams: only the records read so far are held, never the file's text or a tree of it.
 */
final class JsonLinesLedgerReader implements LedgerReader {

    @Override
    public Ledger read(InputStream input) throws IOException {
        return LedgerParse.read(input, "", JsonLinesLedgerReader::lines).ledger();
    }

    /** Reads the file, each estimate placed at the start of its object. */
    @Override
    public PlacedLedger readPlaced(Path file) throws IOException {
        return LedgerParse.read(file, "", JsonLinesLedgerReader::lines);
    }

    private static void lines(JsonInput input, RecordReader records) throws IOException {
        input.object(RecordReader.HEADER, records::header);
        long previous = input.line();
        while (input.next() != null) {
            long start = input.start();
            if (JsonInput.line(start) == previous) {
                input.problem("a second object on one line; each estimate takes a line of its own");
            }
            records.estimate(start);
            previous = input.line();
        }
    }
}
