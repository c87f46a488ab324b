package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.SummaryRenderer;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tally summary [LEDGER]}: the sources and every estimate, grouped by subject and metric. */
@Command(name = "summary", description = "Summarise a ledger: its sources, then its estimates by subject and metric.")
final class SummaryCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Mixin
    LedgerArgument ledger = new LedgerArgument();

    @Spec
    CommandSpec spec;

    @Inject
    SummaryCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        Ledger loaded = ledger.load(files);
        new SummaryRenderer().render(ledger.title(), loaded).forEach(spec.commandLine().getOut()::println);
        return ExitCode.DONE;
    }
}
