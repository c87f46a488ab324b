package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.LedgerFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Another team loads the sample ledger, adds a figure through the public API and writes it with its own plugin. */
class ConsumerTest {

    @Test
    void a_third_party_format_found_by_service_loader_writes_an_extended_sample_ledger() throws Exception {
        Ledger ledger = SampleLedger.load().with(Estimate.builder()
                .id("consumer-2025-06-killed").source("nis").subject("dprk-forces-russia").metric("killed")
                .quantity("at least 1,000").asOf("2025-06").reported("2025-06-15")
                .revises("nis-2025-04-killed", RevisionKind.UPDATE)
                .build());

        LedgerFormat format = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().claims("ledger.csvlines")).findFirst().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.writer().orElseThrow().write(ledger, bytes);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10, lines.size());
        assertEquals("consumer-2025-06-killed,nis,killed,>=1000,2025-06", lines.get(9));
        assertTrue(lines.contains("nis-2025-04-casualties,nis,casualties,~4700,2025-04"));
    }
}
