package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class SubcommandsTest {

    static Stream<Arguments> runs_and_the_commands_they_need() {
        return Stream.of(
                Arguments.of(List.of("reconcile", "big.jsonl"), List.of(ReconcileCommand.class)),
                Arguments.of(List.of("--debug", "check", "big.jsonl"), List.of(CheckCommand.class)),
                Arguments.of(List.of("convert", "in.jsonl", "check"), List.of(ConvertCommand.class)),
                Arguments.of(List.of(), List.of(SummaryCommand.class)),
                Arguments.of(List.of("--version"), List.of(SummaryCommand.class)),
                Arguments.of(List.of("--debug"), List.of(SummaryCommand.class)),
                Arguments.of(List.of("help", "reconcile"), Subcommands.ALL),
                Arguments.of(List.of("--help"), Subcommands.ALL),
                Arguments.of(List.of("--frobnicate"), Subcommands.ALL),
                Arguments.of(List.of("reconcil"), Subcommands.ALL));
    }

    @ParameterizedTest
    @MethodSource("runs_and_the_commands_they_need")
    void a_run_builds_the_command_it_names_or_all_when_it_may_list_them(List<String> args, List<Class<?>> needed) {
        assertThat(Subcommands.neededBy(args.toArray(String[]::new))).isEqualTo(needed);
    }

    @Test
    void every_command_is_built_for_help_in_the_order_it_lists_them() {
        CommandLine all = Tally.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));

        assertThat(all.getSubcommands().keySet()).containsExactly("summary", "timeline", "reconcile", "rollup", "check",
                "history", "diff", "import", "export", "convert", "template", "report", "formats", "schema", "presets",
                "help");
    }

    @Test
    void a_mistyped_command_still_gets_the_near_names_suggested() {
        CliRun run = tally("reconcil");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Did you mean: tally reconcile");
    }

    @Test
    void a_command_built_alone_still_inherits_debug_and_reports_usage_errors() {
        CliRun run = tally("reconcile", "--debug", "--nope");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: '--nope'", "Usage: tally reconcile [--debug]");
    }
}
