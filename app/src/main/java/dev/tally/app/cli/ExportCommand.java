package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import dev.tally.core.spi.FormatOptions;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally export [LEDGER] --to FILE}: writes a ledger in the format of the target file. */
@Command(name = "export", description = "Write a ledger (default: the sample ledger) to a file in any format.")
final class ExportCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Mixin
    LedgerInput input = new LedgerInput();

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write; replaced atomically.")
    Path target;

    @Option(names = "--to-format", paramLabel = "ID", description = "The target's format id (default: by extension).")
    String targetFormat;

    @Option(names = "--as-known-at", paramLabel = "DATE", converter = ViewCommand.KnownAtConverter.class,
            description = "Derive the views the format writes (a workbook's Reconciled and Checks sheets) from what "
                    + "was known at this date; every estimate is written all the same. A month or year means its "
                    + "last day (default: everything).")
    LocalDate asKnownAt;

    @Mixin
    WritingOptions writing = new WritingOptions();

    @Spec
    CommandSpec spec;

    @Inject
    ExportCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        return LedgerCopy.run(files, input.file(), input.format(), FormatOptions.none(), target,
                Optional.ofNullable(targetFormat), Optional.ofNullable(asKnownAt), writing.toOptions(),
                "Exporting to " + target, spec);
    }
}
