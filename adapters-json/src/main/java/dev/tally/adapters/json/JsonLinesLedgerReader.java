package dev.tally.adapters.json;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a {@code .jsonl} ledger: a header object on the first line, then one estimate object a
 * line. It streams: only the records read so far are held, never the file's text or a tree of it.
 */
final class JsonLinesLedgerReader implements LedgerReader {

    @Override
    public Ledger read(InputStream input) throws IOException {
        return LedgerParse.read(input, "", JsonLinesLedgerReader::lines);
    }

    private static void lines(JsonInput input, RecordReader records) throws IOException {
        input.object(RecordReader.HEADER, records::header);
        long previous = input.line();
        while (input.next() != null) {
            if (input.line() == previous) {
                input.problem("a second object on one line; each estimate takes a line of its own");
            }
            records.estimate();
            previous = input.line();
        }
    }
}
