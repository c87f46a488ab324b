package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.io.LedgerLock;
import dev.tally.app.io.Progress;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerMerge;
import dev.tally.core.model.Metric;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tally import FILE... --into LEDGER}: merges files into a ledger. New estimates are added,
 * identical ones skipped; an id held by different content is a conflict, and then nothing is written.
 */
@Command(name = "import", description = "Merge ledger files (any readable format) into a ledger file, all or nothing.")
final class ImportCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> inputs;

    @Option(names = "--into", required = true, paramLabel = "LEDGER",
            description = "The ledger to merge into; created if missing, replaced atomically.")
    Path target;

    @Option(names = "--format", paramLabel = "ID", description = "The input files' format id (default: by extension).")
    String format;

    @Spec
    CommandSpec spec;

    @Inject
    ImportCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        try (Progress progress = Progress.of("Importing into " + target); LedgerLock lock = LedgerLock.acquire(target)) {
            return run(progress);
        }
    }

    private int run(Progress progress) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Ledger merged = Files.exists(target) ? files.read(target, Optional.empty()) : Ledger.empty();
        int added = 0;
        int skipped = 0;
        for (Path input : inputs) {
            LedgerMerge.Result result = LedgerMerge.merge(merged, files.read(input, Optional.ofNullable(format)));
            if (!result.conflicts().isEmpty()) {
                progress.close();
                PrintWriter err = spec.commandLine().getErr();
                err.printf("tally: %s conflicts with %s in %d records; nothing was written:%n", input, target,
                        result.conflicts().size());
                result.conflicts().forEach(c -> err.printf("  %s%s%n    in %s: %s%n    in %s: %s%n", c.id(),
                        c.existing() instanceof Metric ? ": the two ledgers define this metric differently; make the "
                                + "definitions agree before merging" : "", target, c.existing(), input, c.incoming()));
                return ExitCode.INVALID_INPUT;
            }
            merged = result.ledger().orElseThrow();
            added += result.added();
            skipped += result.skipped();
        }
        files.write(merged, target, Optional.empty());
        progress.close();
        out.printf("Imported into %s: %d added, %d skipped (already present), 0 refused; %d estimates in all%n",
                target, added, skipped, merged.estimates().size());
        return ExitCode.DONE;
    }
}
