package dev.tally.app.cli;

import dev.tally.app.plugins.FormatRegistry;
import dev.tally.app.plugins.UnknownFormatException;
import dev.tally.core.spi.LedgerFormat;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally schema}: prints the schema that a format publishes (the JSON Schema by default). */
@Command(name = "schema", description = "Print the schema a format publishes (default: the JSON ledger's JSON Schema).")
final class SchemaCommand implements Callable<Integer> {

    private final FormatRegistry formats;

    @Option(names = "--format", paramLabel = "ID", defaultValue = "json",
            description = "The format whose schema to print (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Inject
    SchemaCommand(FormatRegistry formats) {
        this.formats = formats;
    }

    @Override
    public Integer call() {
        LedgerFormat chosen = formats.format(format)
                .orElseThrow(() -> new UnknownFormatException("no format has the id \"" + format + "\""));
        String schema = chosen.schema()
                .orElseThrow(() -> new UnknownFormatException("the " + format + " format publishes no schema"));
        spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
        return ExitCode.DONE;
    }
}
