package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.app.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command on a ledger of {@value #ESTIMATES} estimates shaped like an analyst's completes in a heap of
 * {@value #HEAP}, each in a process of its own: a tenth of issue 19's million in a tenth of its gigabyte, so that
 * the build guards the bound without running for minutes.
 */
class SmallHeapTest {

    private static final int ESTIMATES = 100_000;
    private static final String HEAP = "128m";

    @TempDir
    static Path folder;

    @BeforeAll
    static void write_the_ledger() throws IOException, InterruptedException {
        LedgerFixtures.realistic(folder.resolve("big.jsonl"), ESTIMATES);
        assertThat(TallyProcess.start(folder, "to-xlsx", "1g", "convert", "big.jsonl", "book.xlsx").exitCode()).isZero();
        assertThat(TallyProcess.start(folder, "to-csv", "1g", "convert", "big.jsonl", "table.csv").exitCode()).isZero();
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                command("summary", "summary", "big.jsonl"),
                command("timeline", "timeline", "big.jsonl", "--subject", "subject-0000", "--metric", "casualties"),
                command("reconcile", "reconcile", "big.jsonl"),
                command("history", "history", "big.jsonl", "e99999"),
                command("convert to json", "convert", "big.jsonl", "out.json"),
                command("convert to jsonl", "convert", "big.jsonl", "out.jsonl"),
                command("convert to xlsx", "convert", "big.jsonl", "out.xlsx"),
                command("convert to csv", "convert", "big.jsonl", "out.csv"),
                command("export as known at a date", "export", "big.jsonl", "--to", "known.xlsx", "--as-known-at",
                        "2021-06-30"),
                command("import a workbook", "import", "book.xlsx", "--into", "from-book.json"),
                command("import a csv file", "import", "table.csv", "--into", "from-csv.json"),
                command("diff", "diff", "big.jsonl", "book.xlsx"),
                command("report", "report", "big.jsonl", "--to", "report.html"));
    }

    @Test
    void check_completes_in_a_small_heap_with_its_findings() throws IOException, InterruptedException {
        TallyProcess run = TallyProcess.start(folder, "check", HEAP, "check", "big.jsonl");

        assertThat(run.exitCode()).as("check in %s; it said: %s", HEAP, run.err()).isIn(ExitCode.DONE,
                ExitCode.CHECKS_FAILED);
        assertThat(run.out()).isNotBlank();
    }

    private static Arguments command(String name, String... args) {
        return Arguments.of(name, List.of(args));
    }
}
