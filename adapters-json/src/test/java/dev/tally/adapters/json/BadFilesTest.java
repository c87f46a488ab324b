package dev.tally.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerFormat;
import dev.tally.core.spi.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of bad files: each {@code NAME.json} or {@code NAME.jsonl} in {@code bad/} is refused
 * with exactly the problems listed in {@code NAME.expected.txt}, one {@link Problem#toString()} a line.
 */
class BadFilesTest {

    private static final String EXPECTED = ".expected.txt";

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(BadFilesTest.class.getResource("bad").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(EXPECTED)).sorted().toList().stream();
        }
    }

    @Test
    void the_corpus_holds_at_least_25_bad_files_each_with_its_expected_problems() throws Exception {
        List<Path> files = badFiles().toList();

        assertTrue(files.size() >= 25, "only " + files.size() + " bad files");
        for (Path file : files) {
            assertTrue(Files.exists(expectedFor(file)), "no expected problems for " + file.getFileName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void a_bad_file_is_refused_with_exactly_its_expected_problems(Path file) throws IOException {
        LedgerFormat format = formatOf(file.toString());

        assertRefusedWithItsExpectedProblems(file, () -> format.reader().orElseThrow().read(file));
    }

    /**
     * Jackson reads UTF-16 with another parser than UTF-8; the places of tokens, fields and whole
     * records must come out the same. The files are ASCII, so their columns in bytes and in
     * characters agree.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bad-lines.jsonl", "duplicate-ids.json", "missing-required-fields.json",
        "several-problems.json", "revision-cycle.json"})
    void a_bad_file_in_utf_16_is_refused_with_the_problems_at_the_places_of_its_utf_8_text(String name)
            throws IOException, URISyntaxException {
        Path file = Path.of(BadFilesTest.class.getResource("bad/" + name).toURI());
        LedgerFormat format = formatOf(name);
        byte[] utf16 = Files.readString(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16BE);

        assertRefusedWithItsExpectedProblems(file,
                () -> format.reader().orElseThrow().read(new ByteArrayInputStream(utf16)));
    }

    private static void assertRefusedWithItsExpectedProblems(Path file, Executable read) throws IOException {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, read);

        List<String> actual = refusal.problems().stream().map(Problem::toString).toList();
        List<String> expected = Files.readAllLines(expectedFor(file), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static LedgerFormat formatOf(String name) {
        return name.endsWith(".jsonl") ? Formats.JSONL : Formats.JSON;
    }

    private static Path expectedFor(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED);
    }
}
