package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    WritingOptions writing = new WritingOptions();

    @Spec
    CommandSpec spec;

    @Inject
    ConvertCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        return LedgerCopy.run(files, Optional.of(input), Optional.ofNullable(from), reading.toOptions(), output,
                Optional.ofNullable(to), Optional.empty(), writing.toOptions(), "Converting " + input, spec);
    }
}
