package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyCommandTest {

    @TempDir
    Path folder;

    @Test
    void version_prints_the_built_version() {
        CliRun run = tally("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("tally \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        CliRun run = tally("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("summary", "import", "export", "convert", "formats", "schema",
                "3   invalid input");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        CliRun run = tally("summary", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("Unknown option: '--frobnicate'");
    }

    @Test
    void formats_lists_the_plugin_found_on_the_class_path() {
        CliRun run = tally("formats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("ids      .ids           write        Estimate ids, one per line (test plugin)"));
    }

    @Test
    void export_writes_the_sample_ledger_through_a_plugin_found_by_service_loader() throws IOException {
        Path target = folder.resolve("sample.ids");

        CliRun run = tally("export", "--to", target.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 9 estimates to " + target + "\n");
        assertThat(Files.readAllLines(target)).hasSize(9).startsWith("nis-2025-01-killed", "nis-2025-01-wounded");
    }

    @Test
    void export_to_a_file_no_format_claims_is_a_usage_error() {
        CliRun run = tally("export", "--to", folder.resolve("sample.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("tally: no format claims the file sample.txt;");
        assertThat(folder.resolve("sample.txt")).doesNotExist();
    }

    @Test
    void a_failed_write_leaves_the_old_target_whole_and_no_temporary_file() throws IOException {
        Path target = folder.resolve("ledger.fail");
        Files.writeString(target, "the old, complete file");

        CliRun run = tally("export", "--to", target.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err()).isEqualTo("tally: internal error: disk full (simulated)\n"
                + "  (rerun with --debug for the stack trace)\n");
        assertThat(Files.readString(target)).isEqualTo("the old, complete file");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void debug_shows_the_stack_trace_of_an_internal_error() {
        CliRun run = tally("export", "--debug", "--to", folder.resolve("ledger.fail").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(run.err()).contains("java.io.IOException: disk full (simulated)", "\tat ");
    }

    @Test
    void the_executable_runs_in_its_own_process_and_exits_with_its_code() throws Exception {
        Process summary = java("summary");
        Process missing = java("summary", folder.resolve("missing.json").toString());

        assertThat(summary.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(missing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(summary.exitValue()).isZero();
        assertThat(new String(summary.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("~4,700", "nis-2025-04-killed");
        assertThat(missing.exitValue()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(new String(missing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .endsWith("missing.json is not a valid ledger (1 problem):\n  file: does not exist\n");
    }

    private static Process java(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), "dev.tally.app.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
