package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonToken;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.PlacedLedger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Reads a {@code .json} ledger document, streaming its records into the ledger builder. */
final class JsonLedgerReader implements LedgerReader {

    @Override
    public Ledger read(InputStream input) throws IOException {
        return LedgerParse.read(input, "/estimates/", JsonLedgerReader::document).ledger();
    }

    /** Reads the file, each estimate placed at the start of its object. */
    @Override
    public PlacedLedger readPlaced(Path file) throws IOException {
        return LedgerParse.read(file, "/estimates/", JsonLedgerReader::document);
    }

    private static void document(JsonInput input, RecordReader records) throws IOException {
        input.object(RecordReader.DOCUMENT, field -> {
            if (field == RecordReader.DOCUMENT.index("estimates")) {
                input.array(records::estimate);
            } else {
                records.header(field);
            }
        });
        JsonToken after = input.next();
        if (after != null) {
            input.problem("the document ends before this; a file holds one ledger");
            while (input.next() != null) {
                input.skip();
            }
        }
    }
}
