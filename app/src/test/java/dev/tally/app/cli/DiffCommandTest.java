package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tally diff OLD NEW} between files of any formats: the sample ledger against the sample with
 * its source {@code nis} renamed, a metric added and an estimate added that corrects
 * {@code nis-2025-04-killed}.
 */
class DiffCommandTest {

    private static final Path CLI_DOC = Path.of("..", "docs", "cli.md");

    @TempDir
    Path folder;

    @Test
    void diff_names_the_renamed_source_the_added_metric_estimate_and_revision_and_exits_0() throws IOException {
        Path old = exportSample("old.json");
        Path edited = edited("new.xlsx");

        CliRun diff = tally("diff", old.toString(), edited.toString());

        assertThat(diff.exitCode()).isZero();
        assertThat(diff.err()).isEmpty();
        assertThat(diff.outLines()).startsWith("Differences from " + old + " to " + edited + ": estimates: 1 added, "
                + "0 removed, 0 changed; sources: 0 added, 0 removed, 1 changed; metrics: 1 added, 0 removed, "
                + "0 changed; revisions: 1 added, 0 removed");
        assertThat(diff.outLines()).containsSubsequence("Sources", "  ~ nis",
                "      Name: \"National Intelligence Service (South Korea)\" → \"NIS\"");
        assertThat(diff.outLines()).contains("  + detained  Detained",
                "  + nis-2025-05-killed  650 killed · nis · as of 2025-04 · reported 2025-05",
                "  + nis-2025-05-killed revises nis-2025-04-killed (correction)");
    }

    @Test
    void the_same_ledger_in_two_formats_shows_no_difference() throws IOException {
        Path json = exportSample("sample.json");
        Path workbook = exportSample("sample.xlsx");

        CliRun diff = tally("diff", json.toString(), workbook.toString());

        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).isEqualTo("No differences: " + json + " and " + workbook + " hold the same records.\n");
        assertThat(json(tally("diff", "--json", workbook.toString(), json.toString())).get("identical").asBoolean())
                .isTrue();
    }

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of("json", "xlsx"), Arguments.of("jsonl", "json"), Arguments.of("xlsx", "jsonl"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void diff_json_between_formats_follows_the_schema_in_the_docs(String oldFormat, String newFormat)
            throws IOException {
        Path old = exportSample("old." + oldFormat);
        Path edited = edited("new." + newFormat);

        CliRun diff = tally("diff", "--json", old.toString(), edited.toString());

        assertThat(diff.exitCode()).isZero();
        assertThat(schemaErrors(diff.out())).isEmpty();
        JsonNode output = json(diff);
        assertThat(output.get("identical").asBoolean()).isFalse();
        assertThat(output.at("/sources/changed/0/fields/0").toString())
                .isEqualTo("{\"field\":\"Name\",\"old\":\"National Intelligence Service (South Korea)\",\"new\":\"NIS\"}");
        assertThat(output.at("/metrics/added/0/id").asText()).isEqualTo("detained");
        assertThat(output.at("/estimates/added/0/id").asText()).isEqualTo("nis-2025-05-killed");
        assertThat(output.at("/revisions/added/0").toString()).isEqualTo(
                "{\"estimate\":\"nis-2025-05-killed\",\"revises\":\"nis-2025-04-killed\",\"kind\":\"correction\"}");
        JsonNode back = json(tally("diff", "--json", edited.toString(), old.toString()));
        assertThat(back.at("/estimates/removed/0/id").asText()).isEqualTo("nis-2025-05-killed");
        assertThat(back.at("/revisions/removed/0/kind").asText()).isEqualTo("correction");
    }

    @Test
    void a_file_that_is_not_a_ledger_exits_3_naming_its_place() throws IOException {
        Path old = exportSample("old.json");
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\":\"tally-ledger\",\"version\":1,");

        CliRun diff = tally("diff", old.toString(), broken.toString());

        assertThat(diff.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(diff.err()).startsWith("tally: " + broken).doesNotContain("Exception");
        assertThat(diff.out()).isEmpty();
    }

    private Path exportSample(String name) {
        Path file = folder.resolve(name);
        assertThat(tally("export", "--to", file.toString()).exitCode()).isZero();
        return file;
    }

    /** The sample with nis renamed, a metric added and a correction of nis-2025-04-killed, converted to a format. */
    private Path edited(String name) throws IOException {
        Ledger sample = SampleLedger.load();
        Ledger.Builder builder = Ledger.builder();
        sample.sources().forEach(s -> builder.add(s.id().equals("nis")
                ? new Source("nis", "NIS", s.kind(), s.country(), s.reliability()) : s));
        sample.subjects().forEach(builder::add);
        sample.metrics().forEach(builder::add);
        builder.add(Metric.of("detained", "Detained"));
        sample.estimates().forEach(builder::add);
        Estimate killed = sample.estimate("nis-2025-04-killed").orElseThrow();
        builder.add(killed.toBuilder().id("nis-2025-05-killed").quantity("650").reported("2025-05")
                .revises(List.of()).revises("nis-2025-04-killed", RevisionKind.CORRECTION).build());
        Path json = folder.resolve("edited-" + name + ".json");
        LedgerFormat format = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals("json")).findFirst().orElseThrow();
        try (OutputStream out = Files.newOutputStream(json)) {
            format.writer().orElseThrow().write(builder.build(), out);
        }
        Path file = folder.resolve(name);
        assertThat(tally("convert", json.toString(), file.toString()).exitCode()).isZero();
        return file;
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** Validates against the schema printed in docs/cli.md under "tally diff". */
    static List<String> schemaErrors(String output) throws IOException {
        String doc = Files.readString(CLI_DOC);
        Matcher schema = Pattern.compile("```json\n(\\{\n  \"\\$schema\"[^`]*\"title\": \"tally diff --json\"[^`]*)```")
                .matcher(doc);
        assertThat(schema.find()).as("docs/cli.md holds the schema of tally diff --json").isTrue();
        String id = "urn:tally:diff";
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, schema.group(1))));
        return registry.getSchema(SchemaLocation.of(id)).validate(output, InputFormat.JSON).stream()
                .map(Error::toString).toList();
    }
}
