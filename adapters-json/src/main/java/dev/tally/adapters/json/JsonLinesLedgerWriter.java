package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.LedgerWriter;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a ledger as JSON Lines: a header line, then one compact estimate object a line. */
final class JsonLinesLedgerWriter implements LedgerWriter {

    @Override
    public void write(Ledger ledger, OutputStream output) throws IOException {
        try (JsonGenerator json = JsonSettings.FACTORY.createGenerator(output, JsonEncoding.UTF8)) {
            RecordWriter records = new RecordWriter(json);
            json.writeStartObject();
            records.header(ledger);
            json.writeEndObject();
            json.writeRaw('\n');
            for (Estimate estimate : ledger.estimates()) {
                records.estimate(estimate);
                json.writeRaw('\n');
            }
            records.refuseTooLong();
        }
        output.flush();
    }
}
