package example.consumer;

import dev.tally.core.model.Estimate;
import dev.tally.core.spi.FormatDescriptor;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.LedgerWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A third party's format: one estimate a line, "id,source,metric,figure,as of". Write only. */
public final class CsvLinesFormat implements LedgerFormat {

    @Override
    public FormatDescriptor descriptor() {
        return new FormatDescriptor("csv-lines", "Estimates as comma-separated lines", List.of("csvlines"));
    }

    @Override
    public Optional<LedgerReader> reader() {
        return Optional.empty();
    }

    @Override
    public Optional<LedgerWriter> writer() {
        return Optional.of((ledger, output) -> {
            for (Estimate e : ledger.estimates()) {
                String line = String.join(",", e.id(), e.source(), e.metric(), e.quantity().toText(), e.asOf().toText());
                output.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            output.flush();
        });
    }
}
