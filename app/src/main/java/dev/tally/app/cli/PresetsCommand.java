package dev.tally.app.cli;

import dev.tally.app.mapping.Presets;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally presets}: lists the bundled column mappings, one line each, or prints the mapping files' schema. */
@Command(name = "presets", description = "List the bundled column mappings for --preset, one a line; with --schema, "
        + "print the JSON Schema of a mapping file.")
final class PresetsCommand implements Callable<Integer> {

    @Option(names = "--schema", description = "Print the JSON Schema (draft 2020-12) of a mapping file instead.")
    boolean schema;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (schema) {
            out.print(new String(Presets.resource(Presets.SCHEMA), StandardCharsets.UTF_8));
            return ExitCode.DONE;
        }
        int width = Presets.NAMES.stream().mapToInt(String::length).max().orElse(0);
        for (String name : Presets.NAMES) {
            out.printf("%-" + width + "s  %s%n", name, Presets.find(name).orElseThrow().description().orElse(""));
        }
        return ExitCode.DONE;
    }
}
