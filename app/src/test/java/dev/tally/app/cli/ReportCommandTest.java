package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void report_writes_the_sample_ledgers_page_and_says_so() throws IOException {
        Path page = folder.resolve("r.html");
        CliRun run = tally("report", "--to", page.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.out()).contains("Wrote the report of 9 estimates to " + page);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("data-key=\"dprk-forces-russia/casualties\"");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.html");
        }
    }

    @Test
    void report_of_an_unknown_subject_is_a_usage_error_naming_the_subjects_and_writes_nothing() {
        Path page = folder.resolve("r.html");
        CliRun run = tally("report", "--to", page.toString(), "--subject", "nowhere");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no subject \"nowhere\"").contains("dprk-forces-russia");
        assertThat(page).doesNotExist();
    }

    @Test
    void report_of_a_missing_ledger_is_invalid_input_and_writes_nothing() {
        Path page = folder.resolve("r.html");
        CliRun run = tally("report", folder.resolve("missing.json").toString(), "--to", page.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(page).doesNotExist();
    }
}
