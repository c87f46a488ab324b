package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's figures in a ledger whose casualties also count the missing and the captured, as armies count them. */
class RedefinedMetricCommandsTest {

    @TempDir
    Path folder;

    /** The sample ledger as JSON, its casualties redefined as killed + wounded + missing + captured. */
    private Path redefined() throws IOException {
        Path file = folder.resolve("redefined.json");
        tally("export", "--to", file.toString());
        String json = Files.readString(file)
                .replace("\"name\": \"Casualties (killed or wounded)\"",
                        "\"name\": \"Casualties (killed, wounded, missing or captured)\"")
                .replace("\"name\": \"Missing\",\n      \"unit\": \"people\",",
                        "\"name\": \"Missing\",\n      \"unit\": \"people\",\n      \"partOf\": \"casualties\",")
                .replace("\"name\": \"Captured\",\n      \"unit\": \"people\",",
                        "\"name\": \"Captured\",\n      \"unit\": \"people\",\n      \"partOf\": \"casualties\",");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void summary_says_which_built_in_metrics_the_ledger_redefines() throws IOException {
        String out = tally("summary", redefined().toString()).out();

        assertThat(out).contains("Metrics this ledger redefines\n"
                + "  casualties: Casualties (killed, wounded, missing or captured) · parts killed + wounded + missing + "
                + "captured · cannot exceed deployed (built in: Casualties (killed or wounded) · parts killed + wounded "
                + "· cannot exceed deployed)\n"
                + "  missing: Missing · parts none · part of casualties (built in: Missing · parts none)\n"
                + "  captured: Captured · parts none · part of casualties (built in: Captured · parts none)\n");
        assertThat(tally("summary").out()).doesNotContain("redefines");
    }

    @Test
    void the_wounded_are_not_derived_from_casualties_less_killed_when_casualties_also_count_the_missing()
            throws IOException {
        assertThat(tally("summary").out()).contains("~4,100");
        assertThat(tally("summary", redefined().toString()).out()).doesNotContain("~4,100");
    }

    @Test
    void importing_a_ledger_that_defines_casualties_otherwise_is_a_conflict_and_writes_nothing() throws IOException {
        Path target = folder.resolve("sample.json");
        tally("export", "--to", target.toString());
        String before = Files.readString(target);

        CliRun run = tally("import", redefined().toString(), "--into", target.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(": metric casualties\n"
                + "    Name: \"Casualties (killed or wounded)\" → \"Casualties (killed, wounded, missing or captured)\"\n",
                "  A source, subject or metric is never revised: make the file's record match the ledger's, or give it "
                        + "an id of its own.\n");
        assertThat(Files.readString(target)).isEqualTo(before);
    }
}
