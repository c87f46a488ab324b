package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.DiffJson;
import dev.tally.app.render.DiffRenderer;
import dev.tally.app.render.Style;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tally diff OLD NEW}: how two ledger files differ, in any formats. A difference is not an
 * error: the exit code is 0 whether or not the ledgers differ.
 */
@Command(name = "diff", description = "Show how two ledger files (any readable formats) differ: sources, subjects, "
        + "metrics and estimates added, removed and changed field by field, and revisions added or removed. "
        + "Exits 0 whether or not they differ.")
final class DiffCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    private final LedgerFiles files;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old ledger file.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new ledger file.")
    Path after;

    @Option(names = "--format", paramLabel = "ID", description = "The old file's format id (default: by extension).")
    String beforeFormat;

    @Option(names = "--new-format", paramLabel = "ID", description = "The new file's format id (default: by extension).")
    String afterFormat;

    @Option(names = "--json", description = "Print JSON for scripts (see docs/cli.md) instead of text for people.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Inject
    DiffCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        Ledger old = files.read(before, Optional.ofNullable(beforeFormat));
        Ledger changed = files.read(after, Optional.ofNullable(afterFormat));
        LedgerDiff diff = LedgerDiff.between(old, changed);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            Style style = Style.detect(System.console() != null, System.getenv());
            new DiffRenderer(style).render(before.toString(), after.toString(), diff).forEach(out::println);
            return ExitCode.DONE;
        }
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            generator.useDefaultPrettyPrinter();
            generator.writeStartObject();
            generator.writeStringField("old", before.toString());
            generator.writeStringField("new", after.toString());
            DiffJson.diffFields(generator, diff);
            generator.writeEndObject();
            generator.flush();
            out.println();
        }
        return ExitCode.DONE;
    }
}
