package dev.tally.adapters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerReader;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every file of the corpus of bad and hostile CSV files with the real plugin and checks that
 * each is refused with exactly the problems listed in its {@code NAME.expected}, in order, and
 * nothing else: no other exception, no partial ledger; an empty list says that the file reads, to a
 * ledger without estimates (a header row alone). A file's options come from its
 * {@code NAME.options} ({@code name=value} lines; companion files named relative to the corpus),
 * the notices it must give from its {@code NAME.notices}. Files too large to check in are made by
 * {@link HostileCsvFiles} into a temporary folder.
 */
class BadCsvCorpusTest {

    private static final Set<String> COMPANIONS = Set.of(CsvOptions.SOURCES, CsvOptions.SUBJECTS, CsvOptions.METRICS);

    private final LedgerReader reader = new CsvFormat().reader().orElseThrow();

    @TempDir
    Path scratch;

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BadCsvCorpusTest.class.getResource("bad")).toURI());
    }

    /** The file name of every case: each file beside its problem list, and each file made on demand. */
    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            return Stream.concat(files.map(f -> f.getFileName().toString()).filter(BadCsvCorpusTest::isTable),
                    HostileCsvFiles.names().stream()).sorted().toList().stream();
        }
    }

    @Test
    void the_corpus_holds_at_least_25_files_each_with_its_expected_problems() throws Exception {
        List<String> all = cases().toList();
        assertTrue(all.size() >= 25, all.size() + " files");
        for (String name : all) {
            assertTrue(Files.exists(sibling(name, ".expected")), "no problem list for " + name);
        }
        try (Stream<Path> lists = Files.list(corpus())) {
            lists.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).filter(f -> !isTable(f))
                    .map(f -> f.substring(0, f.lastIndexOf('.'))).forEach(stem -> assertTrue(
                            all.stream().anyMatch(c -> c.startsWith(stem + ".")), "no file for " + stem));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_bad_csv_file_gives_exactly_its_listed_problems_and_notices(String name) throws Exception {
        Path file = HostileCsvFiles.make(name, scratch).orElse(corpus().resolve(name));
        List<String> expected = lines(sibling(name, ".expected"));
        List<String> notices = new ArrayList<>();
        if (expected.isEmpty()) {
            assertEquals(List.of(), reader.readPlaced(file, optionsOf(name), notices::add).ledger().estimates());
        } else {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> reader.readPlaced(file, optionsOf(name), notices::add));
            assertEquals(expected, refused.problems().stream().map(Problem::toString).toList());
        }
        assertEquals(Files.exists(sibling(name, ".notices")) ? lines(sibling(name, ".notices")) : List.of(), notices);
    }

    private static boolean isTable(String name) {
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    private static Path sibling(String name, String extension) throws URISyntaxException {
        return corpus().resolve(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The options of a case, companion files resolved against the corpus; none if it has no options file. */
    static FormatOptions optionsOf(String name) throws IOException, URISyntaxException {
        Path given = sibling(name, ".options");
        if (!Files.exists(given)) {
            return FormatOptions.none();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : lines(given)) {
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            values.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(COMPANIONS.contains(key) ? corpus().resolve(value).toString() : value);
        }
        return FormatOptions.of(values);
    }
}
