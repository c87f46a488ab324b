package dev.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotEnoughMemoryTest {

    private static final long MB = 1024L * 1024;

    @ParameterizedTest(name = "{0} MB: {1}")
    @CsvSource(delimiter = '|', value = {
        "128|(128 MB heap); run with more, e.g. TALLY_JAVA_OPTS=-Xmx1g",
        "981|(1 GB heap); run with more, e.g. TALLY_JAVA_OPTS=-Xmx4g",
        "1024|(1 GB heap); run with more, e.g. TALLY_JAVA_OPTS=-Xmx4g",
        "1536|(1.5 GB heap); run with more, e.g. TALLY_JAVA_OPTS=-Xmx6g"})
    void the_message_gives_the_heap_as_people_say_it_and_four_times_as_much(long megabytes, String expected) {
        assertThat(NotEnoughMemory.message(new String[] {"summary"}, megabytes * MB))
                .isEqualTo("not enough memory for this ledger " + expected);
    }

    @Test
    void the_message_names_the_first_argument_that_is_a_file(@TempDir Path folder) throws Exception {
        Path ledger = Files.writeString(folder.resolve("ledger.jsonl"), "");

        assertThat(NotEnoughMemory.message(new String[] {"convert", "--format", "jsonl", ledger.toString(), "out.xlsx"},
                1024 * MB)).startsWith("not enough memory for " + ledger + " (1 GB heap)");
    }
}
