package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.io.Progress;
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

/** {@code tally convert IN OUT}: reads a ledger in one format and writes it in another. */
@Command(name = "convert", description = "Convert a ledger file from one format to another (formats by extension).")
final class ConvertCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Parameters(index = "0", paramLabel = "IN", description = "The ledger to read.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write; replaced atomically.")
    Path output;

    @Option(names = "--from", paramLabel = "ID", description = "The input's format id (default: by extension).")
    String from;

    @Option(names = "--to", paramLabel = "ID", description = "The output's format id (default: by extension).")
    String to;

    @Spec
    CommandSpec spec;

    @Inject
    ConvertCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        try (Progress progress = Progress.of("Converting " + input)) {
            return run(progress);
        }
    }

    private int run(Progress progress) throws Exception {
        Ledger ledger = files.read(input, Optional.ofNullable(from));
        files.write(ledger, output, Optional.ofNullable(to));
        progress.close();
        spec.commandLine().getOut().printf("Wrote %d estimates to %s%n", ledger.estimates().size(), output);
        return ExitCode.DONE;
    }
}
