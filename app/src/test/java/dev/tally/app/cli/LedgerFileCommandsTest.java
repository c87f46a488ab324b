package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and write ledger files, on real JSON files, through the real entry point. */
class LedgerFileCommandsTest {

    @TempDir
    Path folder;

    @Test
    void the_exported_sample_validates_against_the_printed_schema_and_reimports_equal() throws IOException {
        Path exported = folder.resolve("sample.json");
        assertThat(tally("export", "--to", exported.toString()).exitCode()).isZero();
        String schema = tally("schema").out();

        String id = "urn:tally:schema";
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, schema)));
        assertThat(registry.getSchema(SchemaLocation.of(id)).validate(Files.readString(exported), InputFormat.JSON))
                .extracting(Error::toString).isEmpty();
        Path again = folder.resolve("again.json");
        assertThat(tally("convert", exported.toString(), again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));
        assertThat(tally("summary", exported.toString()).out().lines().skip(1).toList())
                .isEqualTo(tally("summary").out().lines().skip(1).toList());
    }

    @Test
    void converting_to_json_lines_and_back_is_byte_identical() throws IOException {
        Path json = folder.resolve("sample.json");
        Path lines = folder.resolve("sample.jsonl");
        Path back = folder.resolve("back.json");
        tally("export", "--to", json.toString());

        assertThat(tally("convert", json.toString(), lines.toString()).out()).isEqualTo("Wrote 9 estimates to " + lines + "\n");
        assertThat(tally("convert", lines.toString(), back.toString()).exitCode()).isZero();

        assertThat(Files.readString(lines).lines()).hasSize(10);
        assertThat(Files.mismatch(json, back)).isEqualTo(-1L);
    }

    @Test
    void check_exits_4_and_names_both_ids_when_killed_exceeds_casualties() throws IOException {
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", ledger.toString());
        Files.writeString(ledger, Files.readString(ledger).replace("\"quantity\": \"600\"", "\"quantity\": \"6000\""));

        CliRun run = tally("check", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(run.out().replace("\n    ", " ")).contains("error [part-exceeds-whole] killed 6,000 "
                + "(nis-2025-04-killed) exceeds casualties ~4,700 (nis-2025-04-casualties) of the same source and period");
        assertThat(run.outLines()).last().isEqualTo("1 error, 0 warnings");
    }

    @Test
    void an_invalid_file_is_reported_at_its_places_with_exit_3_and_the_target_untouched() throws IOException {
        Path bad = folder.resolve("bad.json");
        tally("export", "--to", bad.toString());
        Files.writeString(bad, Files.readString(bad).replace("\"quantity\": \"600\"", "\"quantity\": \"six hundred\"")
                .replace("\"source\": \"rok-military\"", "\"source\": \"nobody\""));
        Path target = folder.resolve("target.json");
        Files.writeString(target, "old content");

        CliRun run = tally("convert", bad.toString(), target.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("tally: " + bad + " is not a valid ledger (");
        assertThat(run.err()).contains("/estimates/4/quantity (", "\"six hundred\" is not a figure",
                "names source \"nobody\"");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(Files.readString(target)).isEqualTo("old content");
    }

    @Test
    void import_adds_new_estimates_skips_identical_ones_and_says_so() throws IOException {
        Path sample = folder.resolve("sample.json");
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", sample.toString());

        CliRun first = tally("import", sample.toString(), "--into", ledger.toString());
        CliRun second = tally("import", sample.toString(), "--into", ledger.toString());

        assertThat(first.out()).isEqualTo("Imported into " + ledger + ": 9 added, 0 skipped (already present), "
                + "0 revised; 9 estimates in all\n");
        assertThat(second.out()).isEqualTo("Imported into " + ledger + ": 0 added, 9 skipped (already present), "
                + "0 revised; 9 estimates in all\n");
        assertThat(Files.mismatch(sample, ledger)).isEqualTo(-1L);
    }

    @Test
    void import_refuses_a_changed_estimate_at_its_json_place_field_by_field_and_writes_nothing() throws IOException {
        Path sample = folder.resolve("sample.json");
        Path changed = folder.resolve("changed.json");
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", sample.toString());
        Files.writeString(changed, Files.readString(sample).replace("\"quantity\": \"600\"", "\"quantity\": \"700\""));
        tally("import", sample.toString(), "--into", ledger.toString());
        byte[] before = Files.readAllBytes(ledger);

        CliRun run = tally("import", changed.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).matches("(?s)tally: " + Pattern.quote(changed + " changes 1 record of " + ledger
                + "; nothing was written:\n  /estimates/4 (") + "\\d+:\\d+" + Pattern.quote("): estimate nis-2025-04-killed\n"
                + "    Figure: 600 → 700\n  Nothing is overwritten. To keep both, import again with --revise correction")
                + ".*");
        assertThat(run.err()).doesNotContain("Estimate[", "Optional");
        assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sample.json", "changed.json", "ledger.json", ".ledger.json.lock");
        }
    }

    @Test
    void formats_lists_json_and_json_lines() {
        assertThat(tally("formats").outLines()).anySatisfy(line -> assertThat(line).startsWith("json     .json"))
                .anySatisfy(line -> assertThat(line).startsWith("jsonl    .jsonl"));
    }

    @Test
    void import_refuses_a_renamed_source_even_when_revising_and_says_a_source_is_never_revised() throws IOException {
        Path sample = folder.resolve("sample.json");
        Path renamed = folder.resolve("renamed.json");
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", sample.toString());
        Files.writeString(renamed, Files.readString(sample).replace("\"National Intelligence Service (South Korea)\"",
                "\"NIS\""));
        tally("import", sample.toString(), "--into", ledger.toString());

        CliRun run = tally("import", renamed.toString(), "--into", ledger.toString(), "--revise", "update");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().lines()).containsExactly(
                "tally: " + renamed + " changes 1 record of " + ledger + "; nothing was written:",
                "  " + renamed + ": source nis",
                "    Name: \"National Intelligence Service (South Korea)\" → \"NIS\"",
                "  A source, subject or metric is never revised: make the file's record match the ledger's, "
                        + "or give it an id of its own.");
    }
}
