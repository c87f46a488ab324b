package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.io.Progress;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.FormatOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code export} and {@code convert} share: read a ledger, write it to a file, say how many estimates went. */
final class LedgerCopy {

    private LedgerCopy() {
    }

    /**
     * Copies a ledger (the sample ledger when there is no source) to a file, the views its format
     * derives as known at the date if one is given, showing progress as the task while it runs, then
     * prints how many estimates were written.
     *
     * @return the exit code
     */
    static int run(LedgerFiles files, Optional<Path> source, Optional<String> from, FormatOptions reading, Path target,
                   Optional<String> to, Optional<LocalDate> asKnownAt, FormatOptions writing, String task,
                   CommandSpec spec) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Progress progress = Progress.of(task)) {
            Ledger ledger = source.isPresent() ? files.readPlaced(source.get(), from, reading, Notices.to(spec))
                    .ledger() : files.readOrSample(source, from);
            files.write(ledger, target, to, asKnownAt, writing);
            progress.close();
            out.printf("Wrote %d estimates to %s%n", ledger.estimates().size(), target);
            return ExitCode.DONE;
        }
    }
}
