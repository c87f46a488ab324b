package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.plugins.FormatRegistry;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.TemplateWriter;
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

    private final FormatRegistry formats;
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
    TemplateCommand(FormatRegistry formats, LedgerFiles files) {
        this.formats = formats;
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        TemplateWriter writer = formats.templateWriterFor(target.getFileName().toString(), Optional.ofNullable(format));
        Ledger ledger = context == null ? Ledger.empty() : files.read(context, Optional.empty());
        LedgerFiles.writeTemplate(writer, ledger, target);
        spec.commandLine().getOut().printf("Wrote a template to %s%n", target);
        return ExitCode.DONE;
    }
}
