package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Days that a spreadsheet date number cannot hold survive as text (found by the cross-format property). */
class XlsxEarlyDaysTest {

    @Test
    void a_day_before_march_1900_round_trips_as_text() throws IOException {
        Ledger ledger = SampleLedger.load().with(Estimate.builder().id("early").source("nis")
                .subject("dprk-forces-russia").metric("killed").quantity("5").asOf("1850-06-01")
                .reported("1900-02-28").build());
        XlsxFormat format = new XlsxFormat();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        format.writer().orElseThrow().write(ledger, bytes);
        Ledger back = format.reader().orElseThrow().read(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(ledger, back);
    }
}
