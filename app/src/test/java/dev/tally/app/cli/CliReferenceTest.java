package dev.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code docs/cli-reference.md} is generated from the commands' own help, so it cannot drift: this
 * test fails when the file differs from what the code says. To regenerate it, run
 * {@code mvn -pl app test -Dtest=CliReferenceTest -Dtally.writeDocs=true}.
 */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("..", "docs", "cli-reference.md");

    @Test
    void the_cli_reference_in_docs_is_generated_from_the_commands() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("tally.writeDocs")) {
            Files.writeString(REFERENCE, generated);
        }
        assertThat(Files.readString(REFERENCE))
                .as("docs/cli-reference.md is out of date; regenerate it with "
                        + "mvn -pl app test -Dtest=CliReferenceTest -Dtally.writeDocs=true")
                .isEqualTo(generated);
    }

    private static String generate() {
        CommandLine tally = Tally.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        StringBuilder doc = new StringBuilder("# `tally` command reference\n\n")
                .append("Generated from the commands' own help by `CliReferenceTest`; do not edit by hand.\n")
                .append("See [cli.md](cli.md) for the `--json` output of the views.\n\n")
                .append("```text\n").append(tally.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
        for (Map.Entry<String, CommandLine> command : tally.getSubcommands().entrySet()) {
            if (!command.getKey().equals("help")) {
                doc.append("\n## `tally ").append(command.getKey()).append("`\n\n```text\n")
                        .append(command.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
            }
        }
        return doc.toString();
    }
}
