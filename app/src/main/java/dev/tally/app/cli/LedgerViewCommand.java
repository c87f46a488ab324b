package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/** A view whose one argument is the optional ledger file: the bundled sample ledger when none is given. */
abstract class LedgerViewCommand extends ViewCommand {

    @Mixin
    LedgerFileArgument ledger = new LedgerFileArgument();

    LedgerViewCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    final Optional<Path> ledgerFile() {
        return ledger.file();
    }
}
