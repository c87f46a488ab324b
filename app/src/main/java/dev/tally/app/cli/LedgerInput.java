package dev.tally.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ledger a command reads and writes elsewhere: the optional file (the sample ledger when none is given) and its format. */
final class LedgerInput {

    @Mixin
    LedgerFileArgument ledger = new LedgerFileArgument();

    @Option(names = "--format", paramLabel = "ID", description = "The ledger file's format id (default: by extension).")
    String format;

    Optional<Path> file() {
        return ledger.file();
    }

    Optional<String> format() {
        return Optional.ofNullable(format);
    }
}
