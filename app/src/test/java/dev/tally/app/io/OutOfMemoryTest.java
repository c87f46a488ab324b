package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.app.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap too small for the ledger ends in one line that says so and how to give more, not an internal error. */
class OutOfMemoryTest {

    @TempDir
    Path folder;

    @Test
    void a_heap_too_small_for_the_ledger_is_one_line_naming_the_heap_and_the_remedy() throws Exception {
        LedgerFixtures.jsonLines(folder.resolve("big.jsonl"), "e", 200_000);
        Files.writeString(folder.resolve("out.json"), "the old ledger");

        TallyProcess run = TallyProcess.start(folder, "small-heap", "32m", "convert", "big.jsonl", "out.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(run.err()).matches("tally: not enough memory for big\\.jsonl \\(\\d+ MB heap\\); run with more, "
                + "e\\.g\\. TALLY_JAVA_OPTS=-Xmx1g\\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(folder.resolve("out.json"))).isEqualTo("the old ledger");
    }
}
