package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The views on the sample ledger, through the real entry point. */
class ViewCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORCES = "dprk-forces-russia";

    @Test
    void reconcile_as_known_in_mid_february_gives_the_military_tally() {
        CliRun run = tally("reconcile", "--as-known-at", "2025-02-15", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSequence(
                "dprk-forces-russia · casualties",
                "  low 4,000 · best 4,000 · high 4,000 · spread 1.00× · 1 source",
                "    rok-military  ~4,000  weight 0.5  rok-military-2025-02-casualties");
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
    void timeline_shows_the_casualty_series_with_revision_arrows_and_a_chart() {
        CliRun run = tally("timeline", "--subject", FORCES, "--metric", "casualties");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSequence(
                "  as of    figure  source        estimate",
                "  2025-02  ~4,000  rok-military  rok-military-2025-02-casualties",
                "  2025-04  ~4,700  nis           nis-2025-04-casualties");
        assertThat(run.out()).contains("  ~300 killed (nis, 2025-01) → ~4,000 (rok-military, 2025-02) → ~4,700 (nis,\n"
                + "    2025-04)");
        assertThat(run.outLines()).containsSequence("Chart (█ low, ░ up to high, → unbounded)",
                "  2025-02  rok-military  " + "█".repeat(31) + " ~4,000",
                "  2025-04  nis           " + "█".repeat(36) + " ~4,700");
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
