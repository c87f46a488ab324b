package dev.tally.app.cli;

import dev.tally.app.io.LedgerFiles;
import dev.tally.app.io.LedgerLock;
import dev.tally.app.io.Progress;
import dev.tally.app.render.ConflictRenderer;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerMerge;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.spi.PlacedLedger;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tally import FILE... --into LEDGER [--revise KIND]}: merges files into a ledger. New
 * estimates are added, identical ones skipped; an id held by different content is a conflict, and
 * then nothing is written, unless {@code --revise} makes each changed estimate a new one revising the
 * old. Estimates that a file no longer lists are kept, and counted.
 */
@Command(name = "import", description = "Merge ledger files (any readable format) into a ledger file, all or nothing. "
        + "Nothing is overwritten: a changed estimate is refused, or with --revise comes in as a new estimate "
        + "revising the old one; estimates a file no longer lists are kept.")
final class ImportCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to import.")
    List<Path> inputs;

    @Option(names = "--into", required = true, paramLabel = "LEDGER",
            description = "The ledger to merge into; created if missing, replaced atomically.")
    Path target;

    @Option(names = "--format", paramLabel = "ID", description = "The input files' format id (default: by extension).")
    String format;

    @Option(names = "--revise", paramLabel = "KIND", converter = ReviseKindConverter.class,
            description = "Bring each changed estimate in as a new estimate revising the ledger's: correction (the "
                    + "ledger's figure was wrong) or update (a newer figure). Default: refuse changed estimates.")
    RevisionKind revise;

    @Option(names = {"-v", "--verbose"}, description = "Name the ledger's estimates that a file no longer lists.")
    boolean verbose;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

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
        Ledger merged = Files.exists(target) ? files.read(target, Optional.empty()) : Ledger.empty();
        int added = 0;
        int skipped = 0;
        int revised = 0;
        List<String> unlisted = new ArrayList<>();
        for (Path input : inputs) {
            PlacedLedger incoming = files.readPlaced(input, Optional.ofNullable(format), reading.toOptions(),
                    Notices.to(spec));
            LedgerMerge.Result result = LedgerMerge.merge(merged, incoming.ledger(), Optional.ofNullable(revise));
            if (!result.conflicts().isEmpty()) {
                progress.close();
                PrintWriter err = spec.commandLine().getErr();
                List<String> lines = ConflictRenderer.render(input.toString(), target.toString(), incoming,
                        result.conflicts(), revise != null);
                err.println("tally: " + lines.get(0));
                lines.subList(1, lines.size()).forEach(err::println);
                return ExitCode.INVALID_INPUT;
            }
            merged = result.ledger().orElseThrow();
            added += result.added();
            skipped += result.skipped();
            revised += result.revised();
            unlisted.addAll(unlisted(input, result));
        }
        files.write(merged, target, Optional.empty());
        progress.close();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Imported into %s: %d added, %d skipped (already present), %d revised%s; %d estimates in all%n",
                target, added, skipped, revised, revise == null ? "" : " (" + revise.toText() + ")",
                merged.estimates().size());
        unlisted.forEach(out::println);
        return ExitCode.DONE;
    }

    /** The lines that say how many of the ledger's estimates a file no longer lists, and which with --verbose. */
    private List<String> unlisted(Path input, LedgerMerge.Result result) {
        List<String> lines = new ArrayList<>();
        int count = result.unlisted().size();
        if (count > 0) {
            lines.add("  " + count + (count == 1 ? " estimate" : " estimates") + " of " + target + " not in " + input
                    + " kept (an import removes nothing)" + (verbose ? ":" : "; --verbose names them"));
            if (verbose) {
                result.unlisted().forEach(id -> lines.add("    " + id));
            }
        }
        return lines;
    }

    /** Reads {@code --revise}: {@code correction} or {@code update}. */
    static final class ReviseKindConverter implements CommandLine.ITypeConverter<RevisionKind> {
        @Override
        public RevisionKind convert(String value) {
            for (RevisionKind kind : List.of(RevisionKind.CORRECTION, RevisionKind.UPDATE)) {
                if (kind.toText().equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
            throw new CommandLine.TypeConversionException("\"" + value + "\" is not a kind of revision an edit makes; "
                    + "use correction or update");
        }
    }
}
