package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The views on the sample ledger, through the real entry point. */
class ViewCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORCES = "dprk-forces-russia";

    @Test
    void reconcile_as_known_at_the_end_of_february_gives_the_military_tally() {
        CliRun run = tally("reconcile", "--as-known-at", "2025-02", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly(
                "Sample ledger: North Korean forces in Russia, spring 2025, as known at 2025-02-28", "",
                "dprk-forces-russia · casualties",
                "  low 4,000 · best 4,000 · high 4,000 · spread 1.00× · 1 source",
                "    rok-military  ~4,000  weight 0.5  rok-military-2025-02-casualties");
    }

    @Test
    void reconcile_on_the_second_of_april_leaves_out_the_april_briefing_and_says_so() {
        CliRun run = tally("reconcile", "--as-known-at", "2025-04-02", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.outLines()).containsExactly(
                "Sample ledger: North Korean forces in Russia, spring 2025, as known at 2025-04-02",
                "1 estimate left out as possibly known at 2025-04-02: reported in a period not ended by then "
                        + "(--include-possibly-known shows it)", "",
                "dprk-forces-russia · casualties",
                "  low 4,000 · best 4,000 · high 4,000 · spread 1.00× · 1 source",
                "    rok-military  ~4,000  weight 0.5  rok-military-2025-02-casualties");
    }

    @Test
    void reconcile_on_the_second_of_april_shows_the_april_briefing_marked_when_asked() {
        CliRun run = tally("reconcile", "--as-known-at", "2025-04-02", "--include-possibly-known",
                "--subject", FORCES, "--metric", "casualties");

        assertThat(run.outLines()).containsExactly(
                "Sample ledger: North Korean forces in Russia, spring 2025, as known at 2025-04-02",
                "1 estimate possibly known at 2025-04-02 shown, marked (possibly known)", "",
                "dprk-forces-russia · casualties",
                "  low 4,700 · best 4,700 · high 4,700 · spread 1.00× · 1 source",
                "    nis  ~4,700  weight 0.5  nis-2025-04-casualties (possibly known)");
    }

    /** The reported months of the sample's figures, at their first day, a middle day and their last day. */
    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "killed|2025-01-01|no figure",
        "killed|2025-01-15|no figure",
        "killed|2025-01-31|~300 nis-2025-01-killed",
        "killed|2025-02-15|~300 nis-2025-01-killed",
        "casualties|2025-02-01|no figure",
        "casualties|2025-02-15|no figure",
        "casualties|2025-02-28|~4000 rok-military-2025-02-casualties",
        "casualties|2025-04-01|~4000 rok-military-2025-02-casualties",
        "casualties|2025-04-15|~4000 rok-military-2025-02-casualties",
        "casualties|2025-04-30|~4700 nis-2025-04-casualties",
        "casualties|2025-05-01|~4700 nis-2025-04-casualties"})
    void a_figure_counts_as_known_from_the_last_day_of_its_reported_month(String metric, String date, String expected)
            throws Exception {
        JsonNode json = JSON.readTree(tally("reconcile", "--as-known-at", date, "--subject", FORCES, "--metric",
                metric, "--json").out());

        JsonNode contribution = json.path("reconciled").path(0).path("contributions").path(0);
        assertThat(contribution.isMissingNode() ? "no figure"
                : contribution.path("figure").path("text").asText() + " " + contribution.path("estimates").path(0).asText())
                .isEqualTo(expected);
    }

    /** One estimate reported on a day, in a month, in a year and in an interval: at each date, known | possibly known. */
    @ParameterizedTest(name = "at {0}: known [{1}], possibly known [{2}]")
    @CsvSource(delimiter = '|', value = {
        "2024-12-31|                       |",
        "2025-01-01|                       |interval year",
        "2025-02-01|                       |month interval year",
        "2025-02-14|                       |month interval year",
        "2025-02-15|day                    |month interval year",
        "2025-02-28|day month              |interval year",
        "2025-03-31|day month interval     |year",
        "2025-07-01|day month interval     |year",
        "2025-12-31|day month interval year|"})
    void each_reported_period_makes_its_estimate_known_from_its_last_day(String date, String known,
                                                                         String possiblyKnown, @TempDir Path folder)
            throws Exception {
        Path ledger = lebanon(folder.resolve("reported.json"), """
                   {"id": "day", "source": "ocha", "subject": "lebanon", "metric": "killed", "quantity": "1",
                    "asOf": "2024", "reported": "2025-02-15"},
                   {"id": "month", "source": "ocha", "subject": "lebanon", "metric": "wounded", "quantity": "2",
                    "asOf": "2024", "reported": "2025-02"},
                   {"id": "interval", "source": "ocha", "subject": "lebanon", "metric": "missing", "quantity": "3",
                    "asOf": "2024", "reported": "2025-01/2025-03"},
                   {"id": "year", "source": "ocha", "subject": "lebanon", "metric": "captured", "quantity": "4",
                    "asOf": "2024", "reported": "2025"}
                """);

        JsonNode json = JSON.readTree(tally("summary", ledger.toString(), "--as-known-at", date, "--json").out());

        assertThat(json.path("estimates")).extracting(e -> e.path("id").asText()).containsExactlyElementsOf(ids(known));
        assertThat(json.path("possiblyKnown")).extracting(JsonNode::asText).containsExactlyElementsOf(ids(possiblyKnown));
    }

    /** Writes a JSON ledger of OCHA's figures about Lebanon: the estimates given, as JSON objects. */
    private static Path lebanon(Path file, String estimates) throws IOException {
        return Files.writeString(file, "{\"format\": \"tally-ledger\", \"version\": 1,"
                + " \"sources\": [{\"id\": \"ocha\", \"name\": \"OCHA\", \"kind\": \"ngo\"}],"
                + " \"subjects\": [{\"id\": \"lebanon\", \"name\": \"Lebanon\"}], \"metrics\": [],"
                + " \"estimates\": [" + estimates + "]}");
    }

    private static List<String> ids(String words) {
        return words == null ? List.of() : List.of(words.trim().split(" +"));
    }

    @Test
    void json_lists_the_estimates_possibly_known_and_whether_they_are_included() throws Exception {
        JsonNode left = JSON.readTree(tally("summary", "--as-known-at", "2025-02-15", "--json").out());
        JsonNode shown = JSON.readTree(tally("summary", "--as-known-at", "2025-02-15", "--include-possibly-known",
                "--json").out());

        assertThat(left.path("includesPossiblyKnown").asBoolean()).isFalse();
        assertThat(left.path("possiblyKnown")).extracting(JsonNode::asText)
                .containsExactly("rok-military-2025-02-casualties");
        assertThat(left.path("estimates")).extracting(e -> e.path("id").asText())
                .containsExactly("nis-2025-01-killed", "nis-2025-01-wounded");
        assertThat(shown.path("includesPossiblyKnown").asBoolean()).isTrue();
        assertThat(shown.path("estimates")).extracting(e -> e.path("id").asText())
                .containsExactly("nis-2025-01-killed", "nis-2025-01-wounded", "rok-military-2025-02-casualties");
    }

    @Test
    void summary_in_mid_february_shows_the_january_figures_and_the_military_tally_marked_when_asked() {
        CliRun left = tally("summary", "--as-known-at", "2025-02-15");
        CliRun shown = tally("summary", "--as-known-at", "2025-02-15", "--include-possibly-known");

        assertThat(left.outLines()).startsWith(
                "Sample ledger: North Korean forces in Russia, spring 2025, as known at 2025-02-15",
                "1 estimate left out as possibly known at 2025-02-15: reported in a period not ended by then "
                        + "(--include-possibly-known shows it)",
                "3 sources, 2 subjects, 2 estimates");
        assertThat(shown.outLines()).contains(
                "  2025-02  ~4,000  rok-military  rok-military-2025-02-casualties (possibly known)");
    }

    @Test
    void reconcile_as_known_in_may_gives_the_april_briefing_with_600_killed() {
        CliRun casualties = tally("reconcile", "--as-known-at", "2025-05-01", "--subject", FORCES, "--metric", "casualties");
        CliRun killed = tally("reconcile", "--as-known-at", "2025-05-01", "--subject", FORCES, "--metric", "KIA");

        assertThat(casualties.outLines()).contains("  low 4,700 · best 4,700 · high 4,700 · spread 1.00× · 1 source",
                "    nis  ~4,700  weight 0.5  nis-2025-04-casualties");
        assertThat(killed.outLines()).contains("    nis  600  weight 0.5  nis-2025-04-killed");
    }

    @Test
    void reconcile_sums_the_further_contingent_onto_the_cumulative_deployment() {
        CliRun run = tally("reconcile", "--subject", FORCES, "--metric", "deployed");

        assertThat(run.outLines()).contains("  low 13,000 · best 14,000 · high 15,000 · spread 1.15× · 1 source",
                "    us-kr-ua-officials  13,000–15,000  weight 0.5  officials-2024-deployed +",
                "      rok-military-2025-deployed");
    }

    @Test
    void check_passes_the_sample_ledger() {
        CliRun run = tally("check");

        assertThat(run.exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run.outLines()).last().isEqualTo("0 errors, 0 warnings");
    }

    @Test
    void timeline_shows_the_casualty_series_with_revision_arrows() {
        CliRun run = tally("timeline", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  ~300 killed (nis, 2025-01) → ~4,000 (rok-military, 2025-02) → ~4,700 (nis,\n"
                + "    2025-04)");
    }

    @Test
    void timeline_lists_a_derived_figure_in_its_place_in_time() {
        CliRun run = tally("timeline", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.outLines()).containsSequence(
                "  as of    figure  source        estimate",
                "  2025-01  ~3,000  nis           derived",
                "    └ = killed + wounded, from nis-2025-01-killed, nis-2025-01-wounded",
                "  2025-02  ~4,000  rok-military  rok-military-2025-02-casualties",
                "  2025-04  ~4,700  nis           nis-2025-04-casualties");
        assertThat(run.outLines()).containsSequence("Chart (█ low, ░ up to high, → unbounded)",
                "  2025-01  derived       " + "█".repeat(23) + " ~3,000",
                "  2025-02  rok-military  " + "█".repeat(31) + " ~4,000",
                "  2025-04  nis           " + "█".repeat(36) + " ~4,700");
    }

    @Test
    void timeline_takes_the_only_subject_and_the_only_metric_when_none_is_named(@TempDir Path folder)
            throws IOException {
        Path ledger = lebanon(folder.resolve("one-series.json"), """
                   {"id": "b", "source": "ocha", "subject": "lebanon", "metric": "killed", "quantity": "2500",
                    "asOf": "2024-10-02", "reported": "2024-10-03"},
                   {"id": "a", "source": "ocha", "subject": "lebanon", "metric": "killed", "quantity": "1900",
                    "asOf": "2024-09-30", "reported": "2024-10-01"}
                """);

        CliRun run = tally("timeline", ledger.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSequence("Lebanon — Killed", "",
                "  as of       figure  source  estimate",
                "  2024-09-30  1,900   ocha    a",
                "  2024-10-02  2,500   ocha    b");
    }

    @Test
    void timeline_without_a_subject_names_the_subjects_when_there_are_several() {
        CliRun run = tally("timeline", "--metric", "killed");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("--subject is needed: the ledger has 2 subjects: dprk-forces-russia, "
                + "dprk-workers-russia\n");
    }

    @Test
    void timeline_without_a_metric_names_the_metrics_the_subject_has_figures_of() {
        CliRun run = tally("timeline", "--subject", FORCES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("--metric is needed: dprk-forces-russia has figures of 5 metrics: killed, "
                + "wounded, casualties, evacuated, deployed\n");
    }

    @Test
    void timeline_of_wounded_shows_the_derived_figure_with_its_inputs() {
        CliRun run = tally("timeline", "--subject", FORCES, "--metric", "wounded");

        assertThat(run.outLines()).containsSequence(
                "  2025-04  ~4,100  nis     derived",
                "    └ = casualties − killed, from nis-2025-04-casualties, nis-2025-04-killed");
    }

    @Test
    void summary_shows_the_derived_wounded_figure_too() {
        assertThat(tally("summary").outLines()).containsSequence(
                "  2025-04  ~4,100  nis  derived",
                "    └ = casualties − killed, from nis-2025-04-casualties, nis-2025-04-killed");
    }

    @Test
    void summary_as_known_in_january_holds_only_the_january_briefing() {
        CliRun run = tally("summary", "--as-known-at", "2025-01");

        assertThat(run.outLines()).startsWith(
                "Sample ledger: North Korean forces in Russia, spring 2025, as known at 2025-01-31",
                "3 sources, 2 subjects, 2 estimates");
    }

    @Test
    void history_shows_both_directions_of_the_revision_chain() {
        CliRun run = tally("history", "rok-military-2025-02-casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains(
                "  nis-2025-04-casualties revises rok-military-2025-02-casualties (update)",
                "  rok-military-2025-02-casualties revises nis-2025-01-killed (update)");
    }

    @Test
    void history_of_an_unknown_estimate_is_a_usage_error() {
        CliRun run = tally("history", "no-such-estimate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("no estimate \"no-such-estimate\" in the ledger");
    }

    @Test
    void an_unreadable_date_is_a_usage_error_that_says_what_to_write() {
        CliRun run = tally("summary", "--as-known-at", "next spring");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\"next spring\" is not a period", "YYYY-04-30", "with the year for YYYY");
    }

    @Test
    void an_unknown_subject_is_a_usage_error_naming_the_subjects() {
        CliRun run = tally("timeline", "--subject", "nowhere", "--metric", "killed");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("no subject \"nowhere\" in the ledger; subjects: dprk-forces-russia, "
                + "dprk-workers-russia");
    }

    static Stream<List<String>> every_view_with_json() {
        return Stream.of(List.of("summary"), List.of("timeline", "--subject", FORCES, "--metric", "wounded"),
                List.of("reconcile"), List.of("check"), List.of("history", "nis-2025-04-killed"));
    }

    @ParameterizedTest
    @MethodSource("every_view_with_json")
    void every_view_prints_valid_json_naming_the_ledger_and_date(List<String> view) throws Exception {
        List<String> args = new java.util.ArrayList<>(view);
        args.addAll(List.of("--json", "--as-known-at", "2025-05-01"));

        CliRun run = tally(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("ledger").asText()).isEqualTo("sample");
        assertThat(json.get("asKnownAt").asText()).isEqualTo("2025-05-01");
    }

    @Test
    void json_timeline_marks_the_derived_figure_and_names_its_inputs() throws Exception {
        JsonNode json = JSON.readTree(tally("timeline", "--subject", FORCES, "--metric", "wounded", "--json").out());

        JsonNode derived = json.get("derived").get(0);
        assertThat(derived.get("derived").asBoolean()).isTrue();
        assertThat(derived.get("quantity").get("text").asText()).isEqualTo("~4100");
        assertThat(derived.get("inputs")).extracting(JsonNode::asText)
                .containsExactly("nis-2025-04-casualties", "nis-2025-04-killed");
        assertThat(json.get("estimates").get(0).get("derived").asBoolean()).isFalse();
    }

    @Test
    void json_reconcile_gives_numbers_for_scripts() throws Exception {
        JsonNode json = JSON.readTree(tally("reconcile", "--json", "--subject", FORCES, "--metric", "deployed").out());

        JsonNode deployed = json.get("reconciled").get(0);
        assertThat(deployed.get("low").asLong()).isEqualTo(13_000);
        assertThat(deployed.get("best").asLong()).isEqualTo(14_000);
        assertThat(deployed.get("high").asLong()).isEqualTo(15_000);
        assertThat(deployed.get("contributions").get(0).get("estimates")).extracting(JsonNode::asText)
                .containsExactly("officials-2024-deployed", "rok-military-2025-deployed");
    }
}
