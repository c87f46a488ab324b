package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every workbook of the corpus of bad and hostile workbooks ({@link BadWorkbooks} made them)
 * and checks that each is refused with exactly the problems listed beside it, and nothing else:
 * no other exception, no partial ledger.
 */
class BadWorkbookCorpusTest {

    static Stream<Path> workbooks() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(BadWorkbookCorpusTest.class.getResource("bad")).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList().stream();
        }
    }

    @Test
    void the_corpus_holds_at_least_25_workbooks_each_with_its_expected_problems() throws Exception {
        List<Path> all = workbooks().toList();
        assertTrue(all.size() >= 25, all.size() + " workbooks");
        all.forEach(f -> assertTrue(Files.exists(sidecar(f)), "no problem list for " + f.getFileName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void a_bad_workbook_is_refused_with_exactly_its_listed_problems(Path workbook) throws IOException {
        List<String> expected = Files.readAllLines(sidecar(workbook), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Workbooks.read(workbook));
        assertEquals(expected, refused.problems().stream().map(Problem::toString).toList());
    }

    private static Path sidecar(Path workbook) {
        return workbook.resolveSibling(workbook.getFileName().toString().replace(".xlsx", ".problems"));
    }
}
