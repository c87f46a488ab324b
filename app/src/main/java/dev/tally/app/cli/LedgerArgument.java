package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.core.model.Ledger;
import dev.tally.core.sample.SampleLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The optional ledger file that the views read; the bundled sample ledger when none is given. */
final class LedgerArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LEDGER",
            description = "The ledger file, in any format a plugin reads (default: the bundled sample ledger).")
    Path file;

    @Option(names = "--format", paramLabel = "ID", description = "The ledger file's format id (default: by extension).")
    String format;

    Ledger load(LedgerFiles files) throws IOException {
        return file == null ? SampleLedger.load() : files.read(file, Optional.ofNullable(format));
    }

    String title() {
        return file == null ? "Sample ledger: North Korean forces in Russia, spring 2025" : file.toString();
    }
}
