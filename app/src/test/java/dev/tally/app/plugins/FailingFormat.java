package dev.tally.app.plugins;

import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A test plugin whose writer fails half-way, to prove that a failed write leaves the target whole. */
public final class FailingFormat implements LedgerFormat {

    @Override
    public FormatDescriptor descriptor() {
        return new FormatDescriptor("failing", "Fails half-way (test plugin)", List.of("fail"));
    }

    @Override
    public Optional<LedgerReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<LedgerWriter> writer() {
        return Optional.of((ledger, output) -> {
            output.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        });
    }
}
