package dev.tally.app.cli;

import dev.tally.app.plugins.FormatRegistry;
import dev.tally.core.spi.LedgerFormat;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tally formats}: the format plugins found, with their extensions and what they can do. */
@Command(name = "formats", description = "List the file formats that plugins provide.")
final class FormatsCommand implements Callable<Integer> {

    private final FormatRegistry formats;

    @Spec
    CommandSpec spec;

    @Inject
    FormatsCommand(FormatRegistry formats) {
        this.formats = formats;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (LedgerFormat format : formats.formats()) {
            String extensions = format.descriptor().extensions().stream().map(e -> "." + e)
                    .collect(Collectors.joining(" "));
            String abilities = (format.reader().isPresent() ? "read" : "")
                    + (format.reader().isPresent() && format.writer().isPresent() ? ", " : "")
                    + (format.writer().isPresent() ? "write" : "");
            out.printf("%-8s %-14s %-12s %s (%s)%n", format.descriptor().id(), extensions, abilities,
                    format.descriptor().name(), format.getClass().getName());
        }
        return ExitCode.DONE;
    }
}
