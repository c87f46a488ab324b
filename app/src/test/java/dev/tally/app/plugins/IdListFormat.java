package dev.tally.app.plugins;

import dev.tally.core.model.Estimate;
import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A format that exists only in the test sources, announced in the tests' META-INF/services: it
 * writes the estimate ids one per line, and cannot read.
 */
public final class IdListFormat implements LedgerFormat {

    @Override
    public FormatDescriptor descriptor() {
        return new FormatDescriptor("ids", "Estimate ids, one per line (test plugin)", List.of("ids"));
    }

    @Override
    public Optional<LedgerReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<LedgerWriter> writer() {
        return Optional.of((ledger, output) -> {
            for (Estimate estimate : ledger.estimates()) {
                output.write((estimate.id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            output.flush();
        });
    }
}
