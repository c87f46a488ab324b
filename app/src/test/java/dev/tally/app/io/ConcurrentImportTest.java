package dev.tally.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real CLI processes import different files into one ledger at the same time; neither loses the other's work. */
class ConcurrentImportTest {

    private static final int ESTIMATES_EACH = 20_000;

    @Test
    void two_imports_into_one_ledger_at_once_keep_both_files_estimates(@TempDir Path folder) throws Exception {
        LedgerFixtures.jsonLines(folder.resolve("a.jsonl"), "a", ESTIMATES_EACH);
        LedgerFixtures.jsonLines(folder.resolve("b.jsonl"), "b", ESTIMATES_EACH);

        TallyProcess first = TallyProcess.start(folder, "a", "512m", "import", "a.jsonl", "--into", "ledger.json");
        TallyProcess second = TallyProcess.start(folder, "b", "512m", "import", "b.jsonl", "--into", "ledger.json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        Set<String> ids = new HashSet<>();
        for (JsonNode estimate : new ObjectMapper().readTree(folder.resolve("ledger.json").toFile()).get("estimates")) {
            ids.add(estimate.get("id").asText());
        }
        assertThat(ids).hasSize(2 * ESTIMATES_EACH).contains("a-0", "a-19999", "b-0", "b-19999");
    }
}
