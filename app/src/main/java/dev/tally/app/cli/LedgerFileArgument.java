package dev.tally.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** The optional ledger file of a command: the bundled sample ledger when none is given. */
final class LedgerFileArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LEDGER",
            description = "The ledger file, in any format a plugin reads (default: the bundled sample ledger).")
    Path file;

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
