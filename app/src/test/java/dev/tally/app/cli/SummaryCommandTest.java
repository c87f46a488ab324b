package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCommandTest {

    @Test
    void tally_with_no_arguments_summarises_the_sample_ledger() {
        CliRun run = tally();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).startsWith("Sample ledger: North Korean forces in Russia, spring 2025",
                "3 sources, 2 subjects, 9 estimates");
    }

    @Test
    void summary_prints_the_same_as_no_arguments() {
        assertThat(tally("summary").out()).isEqualTo(tally().out());
    }

    @Test
    void summary_lists_the_sources_first() {
        List<String> lines = tally().outLines();

        int sources = lines.indexOf("Sources");
        assertThat(lines.get(sources + 1)).isEqualTo("  nis: National Intelligence Service (South Korea) · intelligence · KR");
        assertThat(lines.get(sources + 3)).isEqualTo("  us-kr-ua-officials: US, South Korean and Ukrainian officials · government");
    }

    @Test
    void summary_shows_the_april_figures_of_nis_with_thousands_separators() {
        List<String> lines = tally().outLines();

        assertThat(lines).anySatisfy(line -> assertThat(line).matches(" +2025-04 +~4,700 +nis +nis-2025-04-casualties"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(" +2025-04 +600 +nis +nis-2025-04-killed"));
    }

    @Test
    void summary_marks_the_military_tally_as_revising_the_january_figures() {
        List<String> lines = tally().outLines();

        int row = indexOfMatch(lines, " +2025-02 +~4,000 +rok-military +rok-military-2025-02-casualties");
        assertThat(lines.get(row + 1))
                .isEqualTo("    └ revises nis-2025-01-killed (update), nis-2025-01-wounded (update)");
        assertThat(lines.get(row + 2)).isEqualTo("    └ revised by nis-2025-04-casualties");
    }

    @Test
    void summary_orders_each_metric_by_as_of_and_keeps_each_period_at_its_own_precision() {
        List<String> lines = tally().outLines();

        int killedJanuary = indexOfMatch(lines, " +2025-01 +~300 +nis +nis-2025-01-killed");
        int killedApril = indexOfMatch(lines, " +2025-04 +600 +nis +nis-2025-04-killed");
        assertThat(killedJanuary).isLessThan(killedApril);
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(" +2024 +10,000–12,000 +us-kr-ua-officials .*"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(" +2025-01/2025-02 +3,000 +rok-military .*"));
    }

    @Test
    void summary_says_which_figures_count_only_their_period() {
        List<String> lines = tally().outLines();

        int row = indexOfMatch(lines, " +2025-01/2025-02 +3,000 +rok-military +rok-military-2025-deployed");
        assertThat(lines.get(row + 1)).isEqualTo("    └ counted within its period (increment)");
    }

    @Test
    void summary_fits_an_80_column_terminal() {
        assertThat(tally().outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void summary_of_a_missing_file_is_invalid_input_without_a_stack_trace() {
        CliRun run = tally("summary", "no-such-ledger.json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("tally: no-such-ledger.json is not a valid ledger (1 problem):\n"
                + "  file: does not exist\n");
        assertThat(run.out()).isEmpty();
    }

    private static int indexOfMatch(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        throw new AssertionError("no line matches " + regex + " in:\n" + String.join("\n", lines));
    }
}
