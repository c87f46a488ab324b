package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tally template FILE}: an empty file for analysts to fill in, in a format that offers one (.xlsx). */
@Command(name = "template", description = "Write an empty file to fill in (a workbook for .xlsx): the columns, "
        + "dropdowns of sources and metrics, an example and a Read me.")
final class TemplateCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write; replaced atomically.")
    Path target;

    @Option(names = "--ledger", paramLabel = "LEDGER",
            description = "Offer this ledger's sources, subjects and metrics in the dropdowns (default: none but "
                    + "the built-in metrics).")
    Path context;

    @Option(names = "--format", paramLabel = "ID", description = "The template's format id (default: by extension).")
    String format;

    @Spec
    CommandSpec spec;

    @Inject
    TemplateCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        Ledger ledger = context == null ? Ledger.empty() : files.read(context, Optional.empty());
        files.writeTemplate(ledger, target, Optional.ofNullable(format));
        spec.commandLine().getOut().printf("Wrote a template to %s%n", target);
        return ExitCode.DONE;
    }
}
