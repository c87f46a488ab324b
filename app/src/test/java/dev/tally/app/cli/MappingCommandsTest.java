package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tally.app.mapping.Presets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mapping}, {@code --preset} and {@code tally presets} (issue 15). */
class MappingCommandsTest {

    private static final String HEADER = "id,country,date_start,date_end,low,best,high";

    @TempDir
    Path folder;

    @Test
    void presets_lists_each_bundled_mapping_on_one_line() {
        CliRun run = tally("presets");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(Presets.NAMES.size());
        assertThat(run.outLines().get(0)).startsWith("ucdp-ged  UCDP Georeferenced Event Dataset");
        assertThat(run.outLines().get(1)).startsWith("acled     ACLED event data");
    }

    @Test
    void the_printed_schema_validates_every_bundled_preset_and_refuses_a_misspelt_field() {
        String id = "urn:tally:mapping";
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(id, tally("presets", "--schema").out())));
        var schema = registry.getSchema(SchemaLocation.of(id));

        for (String name : Presets.NAMES) {
            String preset = new String(Presets.resource(Presets.path(name)), StandardCharsets.UTF_8);
            assertThat(schema.validate(preset, InputFormat.JSON)).as(name).extracting(Error::toString).isEmpty();
        }
        assertThat(schema.validate("{\"figure\": {\"bets\": \"{best}\"}}", InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate("{\"metric\": {\"killed\": \"{k}\"}}", InputFormat.JSON)).isEmpty();
        assertThat(schema.validate("{\"metric\": {\"killed\": \"{k}\"}, \"figure\": \"{f}\"}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(schema.validate("{\"reported\": {\"date\": \"{t}\", \"format\": \"epoch\"}}",
                InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void a_wide_mapping_makes_one_estimate_a_metric_from_its_figure_column_and_none_from_a_blank_cell()
            throws IOException {
        Path mapping = write("wide.json", """
                {"id": "d-{date}", "source": "{by}", "subject": "Lebanon", "as_of": "{date}", "basis": "cumulative",
                 "metric": {"killed": "{killed_cum}", "injured": "{injured_cum}"}}
                """);
        Path ledger = folder.resolve("l.json");

        CliRun run = tally("import", write("daily.csv", "date,by,killed_cum,injured_cum\n2024-01-01,ocha,5,20\n"
                + "2024-01-02,ocha,7,\n").toString(), "--mapping", mapping.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tally("history", ledger.toString(), "d-2024-01-01-injured").out()).contains("20", "wounded");
        assertThat(Files.readString(ledger)).contains("\"id\": \"d-2024-01-01-killed\"",
                "\"id\": \"d-2024-01-02-killed\"", "\"id\": \"d-2024-01-01-injured\"")
                .doesNotContain("d-2024-01-02-injured");
    }

    @Test
    void a_bad_figure_in_a_wide_table_is_placed_at_its_own_cell() throws IOException {
        Path mapping = write("wide.json", """
                {"source": "{by}", "subject": "Lebanon", "as_of": "{date}",
                 "metric": {"killed": "{killed_cum}", "injured": "{injured_cum}"}}
                """);

        CliRun run = tally("import", write("daily.csv", "date,by,killed_cum,injured_cum\n2024-01-01,ocha,5,many\n")
                .toString(), "--mapping", mapping.toString(), "--into", folder.resolve("l.json").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("daily.csv:2:4 (injured_cum)").doesNotContain("daily.csv:2:3");
    }

    @Test
    void a_wide_mapping_that_also_maps_a_figure_is_refused_at_its_field() throws IOException {
        Path mapping = write("wide.json", """
                {"source": "{by}", "subject": "Lebanon", "as_of": "{date}", "figure": "{killed_cum}",
                 "metric": {"killed": "{killed_cum}"}}
                """);

        CliRun run = tally("import", write("daily.csv", "date,by,killed_cum\n2024-01-01,ocha,5\n").toString(),
                "--mapping", mapping.toString(), "--into", folder.resolve("l.json").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("/metric/killed (2:23): a wide table's metrics come from their own figure "
                + "columns (Figure of METRIC=HEADER); map no Figure beside them");
    }

    @Test
    void an_entry_given_on_the_command_line_overrides_the_presets_entry_for_that_column() throws IOException {
        Path ledger = folder.resolve("l.json");
        Path events = write("events.csv", "id,country,date_start,date_end,date_prec,low,best,high,source_office,"
                + "source_headline\n7,Myanmar (Burma),2020-01-01,2020-01-01,1,1,2,3,DVB,Clash\n");

        CliRun run = tally("import", events.toString(), "--preset", "ucdp-ged", "--value", "Subject=Myanmar",
                "--into", ledger.toString());
        CliRun twice = tally("import", events.toString(), "--preset", "ucdp-ged", "--value", "Subject=A",
                "--value", "Subject=B", "--into", folder.resolve("twice.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(ledger)).contains("\"name\": \"Myanmar\"").doesNotContain("Burma");
        assertThat(twice.exitCode()).isEqualTo(3);
        assertThat(twice.err()).contains("--value \"Subject=B\": the Subject column is mapped already");
    }

    @Test
    void a_reported_date_read_as_unix_time_is_the_utc_day_and_a_cell_that_holds_none_is_a_problem_at_the_cell()
            throws IOException {
        Path mapping = write("m.json", """
                {"source": {"id": "acled"}, "subject": "X", "metric": "killed", "figure": "{fatalities}",
                 "as_of": "{event_date}", "reported": {"date": "{timestamp}", "format": "unix-time"}}
                """);
        Path ledger = folder.resolve("l.json");
        String header = "event_date,fatalities,timestamp\n";

        CliRun good = tally("import", write("a.csv", header + "2020-01-01,3,1577923199\n").toString(),
                "--mapping", mapping.toString(), "--into", ledger.toString());
        CliRun bad = tally("import", write("b.csv", header + "2020-01-01,3,yesterday\n").toString(),
                "--mapping", mapping.toString(), "--into", folder.resolve("b.json").toString());

        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(Files.readString(ledger)).contains("\"reported\": \"2020-01-01\"");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("b.csv:2:3 (timestamp): \"yesterday\" is not a Unix time; write the seconds "
                + "since 1970-01-01 UTC, such as 1618957536");
    }

    @Test
    void the_next_release_imported_with_revise_correction_turns_each_changed_event_into_a_correction()
            throws IOException {
        String header = "event_id_cnty,event_date,time_precision,country,source,notes,fatalities,timestamp\n";
        Path ledger = folder.resolve("l.json");
        Path first = write("first.csv", header + "MMR1,01 February 2015,1,Myanmar,DVB,clash,2,1426639012\n"
                + "MMR2,15 March 2015,3,Myanmar,DVB,clash,5,1426639012\n");
        Path next = write("next.csv", header + "MMR1,01 February 2015,1,Myanmar,DVB,clash,4,1429231012\n"
                + "MMR2,15 March 2015,3,Myanmar,DVB,clash,5,1426639012\n");

        CliRun imported = tally("import", first.toString(), "--preset", "acled", "--into", ledger.toString());
        CliRun refused = tally("import", next.toString(), "--preset", "acled", "--into", ledger.toString());
        CliRun revised = tally("import", next.toString(), "--preset", "acled", "--revise", "correction",
                "--into", ledger.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("next.csv:2:7 (fatalities): estimate acled-MMR1", "Figure: 2 → 4");
        assertThat(revised.exitCode()).as(revised.err()).isZero();
        assertThat(revised.out()).contains("1 skipped (already present), 1 revised (correction)");
        assertThat(tally("history", ledger.toString(), "acled-MMR1").out()).contains("Revised by")
                .contains("acled-MMR1-correction-");
    }

    @Test
    void a_field_that_needs_another_beside_it_is_refused_without_it() throws IOException {
        Path mapping = write("m.json", """
                {"source": {"id": "x"}, "metric": "killed", "figure": "{best}",
                 "as_of": {"end": "{date_end}"}, "reported": {"format": "unix-time"}}
                """);

        CliRun run = tally("import", write("events.csv", HEADER + "\n1,X,2020-01-01,2020-01-01,1,2,3\n").toString(),
                "--mapping", mapping.toString(), "--into", folder.resolve("l.json").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("\"end\" needs \"start\" beside it", "\"format\" needs \"date\" beside it");
    }

    @Test
    void a_mapping_with_bad_fields_is_refused_with_every_problem_at_its_pointer_and_nothing_written()
            throws IOException {
        Path mapping = write("m.json", """
                {
                  "source": {"id": "ucdp", "kind": "oracle"},
                  "figure": {"bets": "{best}"},
                  "as_of": {"start": "{date_start}", "precision": "{date_prec}", "scale": "ucdp"},
                  "metric": 7
                }
                """);
        Path ledger = folder.resolve("l.json");

        CliRun run = tally("import", write("events.csv", HEADER + "\n1,X,2020-01-01,2020-01-01,1,2,3\n").toString(),
                "--mapping", mapping.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("tally: " + mapping + " is not a valid column mapping (4 problems):");
        assertThat(lines.subList(1, 4)).containsExactly(
                "  /figure/bets (3:22): no field \"bets\" here; the fields here are best, high, low, repair",
                "  /metric (5:13): write a text, or, for a wide table, an object of metrics, each with the column of "
                        + "its figures (\"killed\": \"{killed_cum}\")",
                "  /as_of/precision (4:51): \"ucdp\" is not a scale of date precision; use one of ucdp-ged, acled");
        assertThat(lines.get(4)).startsWith("  /source/kind (2:36): \"oracle\" is not a source kind; use one of ");
        assertThat(ledger).doesNotExist();
    }

    @Test
    void a_mapping_that_names_a_column_the_table_lacks_is_refused_at_the_header_row_naming_the_field()
            throws IOException {
        Path mapping = write("m.json", """
                {
                  "source": {"id": "ucdp"},
                  "metric": "killed",
                  "figure": {"low": "{low}", "best": "{bets}", "high": "{high}"},
                  "as_of": {"start": "{date_start}", "end": "{date_end}"}
                }
                """);
        Path ledger = folder.resolve("l.json");

        CliRun run = tally("import", write("events.csv", HEADER + "\n1,X,2020-01-01,2020-01-01,1,2,3\n").toString(),
                "--mapping", mapping.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("events.csv:1: m.json:/figure/best (4:38): no column \"bets\"; the file's "
                + "columns are " + HEADER.replace(",", ", "));
        assertThat(ledger).doesNotExist();
    }

    @Test
    void a_template_makes_ids_and_subjects_from_columns() throws IOException {
        Path mapping = write("m.json", """
                {"id": "ev-{id}", "source": {"id": "ucdp"}, "subject": "{country}/{id}", "metric": "killed",
                 "figure": {"low": "{low}", "best": "{best}", "high": "{high}"}, "as_of": "{date_start}"}
                """);
        Path ledger = folder.resolve("l.json");

        CliRun run = tally("import", write("events.csv", HEADER + "\n7,Xland,2020-01-01,2020-01-01,1,2,3\n")
                .toString(), "--mapping", mapping.toString(), "--into", ledger.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(ledger)).contains("\"id\": \"ev-7\"", "\"name\": \"Xland/7\"");
    }

    @Test
    void an_unknown_preset_is_a_usage_error_that_lists_the_presets() {
        CliRun run = tally("import", "x.csv", "--preset", "ucdp", "--into", folder.resolve("l.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("\"ucdp\" is not a preset; use one of " + String.join(", ", Presets.NAMES));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
