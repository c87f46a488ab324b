package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.app.cli.ExitCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON built to exhaust a reader (a million opening brackets, a 50 MB string, a 50-million-digit number), given to
 * the real CLI with a 256 MB heap: each is refused at once with exit code 3 and located one-line problems, the last
 * naming the limit, and nothing is written. (The nested array also gets "expected a string" for its wrong type; the
 * long number is stopped by the string-length limit, which Jackson checks while it buffers the digits.)
 */
class HostilePayloadTest {

    /** A problem on one line, at its JSON pointer and line:column. */
    private static final Pattern LOCATED_PROBLEM = Pattern.compile("  /sources/0/id[/0-9]* \\(1:[0-9]+\\): .+");
    private static final String START = "{\"format\":\"tally-ledger\",\"version\":1,\"sources\":[{\"id\":";

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("deeply-nested.json", "", "[".repeat(1_000), 1_000, "]", "nesting depth"),
                Arguments.of("huge-string.json", "\"", "a".repeat(1_000), 50_000, "\"}]}", "String value length"),
                Arguments.of("huge-number.json", "", "9".repeat(1_000), 50_000, "}]}", "exceeds the maximum allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void a_hostile_json_file_is_refused_with_one_located_problem_under_a_small_heap(String name, String open,
            String chunk, int chunks, String close, String limit, @TempDir Path folder)
            throws IOException, InterruptedException {
        write(folder.resolve(name), open, chunk, chunks, close);

        TallyProcess run = TallyProcess.start(folder, "run", "256m", "convert", name, "out.jsonl");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INVALID_INPUT);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("tally: " + name + " is not a valid ledger (" + (lines.size() - 1)
                + (lines.size() == 2 ? " problem):" : " problems):"));
        assertThat(lines.subList(1, lines.size())).as(run.err()).isNotEmpty()
                .allMatch(line -> LOCATED_PROBLEM.matcher(line).matches())
                .last().asString().contains(limit);
        assertThat(folder.resolve("out.jsonl")).doesNotExist();
    }

    /** Writes the start of a ledger, then the opening, the chunk many times over and the closing. */
    private static void write(Path file, String open, String chunk, int chunks, String close) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(START);
            out.write(open);
            for (int i = 0; i < chunks; i++) {
                out.write(chunk);
            }
            out.write(close);
        }
    }
}
