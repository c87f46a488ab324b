package dev.tally.core.table;

import static dev.tally.core.table.MemoryTables.estimates;
import static dev.tally.core.table.MemoryTables.only;
import static dev.tally.core.table.MemoryTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the table reader finds a table's header row, its columns and its HXL tag row, whatever format holds it. */
class TableHeaderTest {

    private static final String NO_METRIC = "the header row has no Metric column; add one headed \"Metric\" "
            + "(or Measure, Type, Category)";

    @Test
    void the_header_row_is_found_below_title_rows_and_blank_rows() {
        PlacedLedger placed = estimates(
                row("Casualties reported, 2025"),
                row(),
                row("Figure", "of what"),
                row("Source", "Metric", "Figure", "As of"),
                row("NIS", "killed", "300", "2025-01")).read();

        Estimate e = only(placed.ledger());
        assertThat(e.source()).isEqualTo("nis");
        assertThat(e.metric()).isEqualTo("killed");
        assertThat(e.quantity()).isEqualTo(Quantity.exact(300));
        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01"));
        assertThat(placed.places().of(0, EstimateField.FIGURE)).hasToString("Estimates:5:3 (Figure)");
        assertThat(placed.places().of(0, EstimateField.AS_OF)).hasToString("Estimates:5:4 (As of)");
    }

    @Test
    void headers_match_ignoring_case_spaces_and_punctuation_and_by_synonym() {
        Estimate e = only(estimates(
                row("REPORTED BY", "measure", "Value", " as-at ", "Notes", "date_reported"),
                row("NIS", "killed", "300", "2025-01", "from a briefing", "2025-02")).read().ledger());

        assertThat(e.source()).isEqualTo("nis");
        assertThat(e.metric()).isEqualTo("killed");
        assertThat(e.quantity()).isEqualTo(Quantity.exact(300));
        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01"));
        assertThat(e.reported()).isEqualTo(Period.parse("2025-02"));
        assertThat(e.note()).contains("from a briefing");
    }

    @Test
    void of_two_columns_with_the_same_header_the_first_is_read_and_unknown_columns_are_ignored() {
        Estimate e = only(estimates(
                row("Source", "Country", "Metric", "Figure", "As of", "Figure"),
                row("NIS", "KR", "killed", "300", "2025-01", "999", "beyond the header")).read().ledger());

        assertThat(e.quantity()).isEqualTo(Quantity.exact(300));
    }

    @Test
    void a_header_row_needs_two_known_columns_and_then_names_each_required_one_it_lacks() {
        assertThat(estimates(
                row("Figure", "of what"),
                row("Source", "Figure", "Notes"),
                row("NIS", "300", "x")).problems()).containsExactly(
                        "Estimates:2: " + NO_METRIC,
                        "Estimates:2: the header row has no As of column; add one headed \"As of\" (or Date, Period, "
                                + "As at)");
    }

    @Test
    void a_header_row_without_rows_under_it_still_names_the_columns_it_lacks() {
        assertThat(estimates(row("Source", "Figure", "As of")).problems()).containsExactly("Estimates:1: " + NO_METRIC);
    }

    @Test
    void a_header_row_without_rows_under_it_is_an_empty_ledger() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of")).read().ledger()).isEqualTo(Ledger.empty());
    }

    @Test
    void a_header_row_without_a_figure_or_bound_column_names_the_figure_column() {
        assertThat(estimates(row("Source", "Metric", "As of", "Note"), row("NIS", "killed", "2025", "x")).problems())
                .containsExactly("Estimates:1: the header row has no Figure column; add one headed \"Figure\" (or "
                        + "Value, Estimate, Count, Number, Quantity)");
    }

    @Test
    void a_tag_row_whose_tags_read_as_headers_too_is_still_the_tag_row_of_the_header_above() {
        Estimate e = only(estimates(
                row("who", "what", "how many", "when"),
                row("#org", "#meta+metric", "#value", "#date"),
                row("NIS", "killed", "300", "2025-01")).read().ledger());

        assertThat(e.quantity()).isEqualTo(Quantity.exact(300));
    }

    @Test
    void tags_that_name_two_columns_make_the_row_above_a_header() {
        assertThat(estimates(
                row("who", "how many"),
                row("#org", "#affected"),
                row("NIS", "300")).problems()).containsExactly(
                        "Estimates:1: " + NO_METRIC,
                        "Estimates:1: the header row has no As of column; add one headed \"As of\" (or Date, Period, "
                                + "As at)");
    }

    @Test
    void tags_that_name_one_column_make_no_header_and_leave_nothing_behind() {
        assertThat(estimates(
                row("who", "x"),
                row("#affected+killed"),
                row("Source", "Figure", "As of"),
                row("NIS", "300", "2025-01")).problems()).containsExactly("Estimates:3: " + NO_METRIC);
    }

    @Test
    void of_equally_specific_tags_the_first_column_in_the_tables_order_wins() {
        Estimate e = only(estimates(
                row("Source", "Metric", "Figure", "when"),
                row("#org", "#meta+metric", "#affected", "#date+reported+asof"),
                row("NIS", "killed", "300", "2025-01")).read().ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01"));
    }

    @Test
    void an_empty_attribute_of_a_tag_is_no_attribute() {
        assertThat(estimates(
                row("Source", "Figure", "As of"),
                row("#org", "#affected+", "#date"),
                row("NIS", "300", "2025-01")).problems()).containsExactly("Estimates:1: " + NO_METRIC);
    }

    @Test
    void the_figure_column_may_be_left_out_when_a_low_best_or_high_column_gives_the_figure() {
        for (String bound : List.of("Low", "Best", "High")) {
            Estimate e = only(estimates(row("Source", "Metric", bound, "As of"), row("NIS", "killed", "40", "2025"))
                    .read().ledger());
            assertThat(e.quantity().low()).as(bound).isEqualTo(bound.equals("High") ? 0 : 40);
        }
    }

    @Test
    void a_header_row_is_searched_in_the_first_fifty_rows() {
        Object[][] rows = new Object[52][];
        for (int i = 0; i < 49; i++) {
            rows[i] = row("title line " + i);
        }
        rows[49] = row("Source", "Metric", "Figure", "As of");
        rows[50] = row("NIS", "killed", "300", "2025-01");
        rows[51] = row("NIS", "killed", "400", "2025-02");

        assertThat(estimates(rows).read().ledger().estimates()).hasSize(2);

        Object[][] later = new Object[51][];
        System.arraycopy(rows, 0, later, 1, 50);
        later[0] = row("one more title");
        assertThat(estimates(later).problems()).containsExactly("Estimates:1: no header row in the first 50 rows; "
                + "write a row of column headers such as Source, Metric, Figure, As of");
    }

    @Test
    void a_table_without_a_header_row_names_its_own_required_columns() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of"), row("NIS", "killed", "300", "2025-01"))
                .table(TableImport.SOURCES, row("just", "words"), row("1", "2")).problems())
                .containsExactly("Sources:1: no header row in the first 50 rows; write a row of column headers such "
                        + "as Id, Name");
    }

    @Test
    void blank_rows_and_rows_of_unknown_columns_only_are_skipped() {
        PlacedLedger placed = estimates(
                row("Source", "Metric", "Figure", "As of", "Country"),
                row(" ", "", "\t"),
                row("", "", "", "", "KR"),
                row("NIS", "killed", "300", "2025-01")).read();

        assertThat(placed.ledger().estimates()).hasSize(1);
        assertThat(placed.places().of(0, EstimateField.SOURCE)).hasToString("Estimates:4:1 (Source)");
    }

    @Test
    void an_hxl_tag_row_names_the_columns_whose_headers_name_nothing() {
        PlacedLedger placed = estimates(
                row("who", "what", "how many", "when"),
                row("#org", "#meta+metric", "#affected", "#date"),
                row("NIS", "killed", "300", "2025-01")).read();

        Estimate e = only(placed.ledger());
        assertThat(e.source()).isEqualTo("nis");
        assertThat(e.quantity()).isEqualTo(Quantity.exact(300));
        assertThat(placed.places().of(0, EstimateField.FIGURE)).hasToString("Estimates:3:3 (how many)");
    }

    @Test
    void a_tag_wins_over_its_columns_header_and_the_most_specific_tag_wins() {
        Estimate e = only(estimates(
                row("Source", "Metric", "Figure", "Date", "Published"),
                row("#org", "#meta+metric", "#affected", "#Date +Reported", "#date"),
                row("NIS", "killed", "300", "2025-03", "2025-01")).read().ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01"));
        assertThat(e.reported()).isEqualTo(Period.parse("2025-03"));
    }

    @Test
    void a_tag_row_may_leave_columns_untagged_and_tag_unknown_ones() {
        Estimate e = only(estimates(
                row("Source", "Metric", "Figure", "As of", "Place"),
                row("#org", " ", "", "", "#adm1+name"),
                row("NIS", "killed", "300", "2025-01", "Kursk")).read().ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01"));
        assertThat(e.metric()).isEqualTo("killed");
    }

    @Test
    void the_figure_columns_tag_names_the_metric_of_a_table_without_a_metric_column() {
        Estimate e = only(estimates(
                row("Source", "Figure", "As of"),
                row("#org", "#affected +children +killed", "#date"),
                row("NIS", "300", "2025-01")).read().ledger());

        assertThat(e.metric()).isEqualTo("killed");
    }

    @Test
    void a_figure_tag_without_attributes_does_not_excuse_the_metric_column() {
        assertThat(estimates(
                row("Source", "Figure", "As of"),
                row("#org", "#affected", "#date"),
                row("NIS", "300", "2025-01")).problems()).containsExactly("Estimates:1: " + NO_METRIC);
    }

    @Test
    void a_figure_tag_whose_attributes_name_no_metric_leaves_the_metric_to_be_written() {
        assertThat(estimates(
                row("Source", "Figure", "As of"),
                row("#org", "#affected+children", "#date"),
                row("NIS", "300", "2025-01")).problems()).containsExactly(
                        "Estimates:3: the Metric cell is empty; write a metric such as killed");
    }

    @Test
    void a_row_of_tags_further_down_is_a_row_of_data() {
        assertThat(estimates(
                row("Source", "Metric", "Figure", "As of"),
                row("NIS", "killed", "300", "2025-01"),
                row("#org", "#meta+metric", "#affected", "#date")).problems())
                .extracting(p -> p.substring(0, p.indexOf(": ")))
                .containsExactly("Estimates:3:2 (Metric)", "Estimates:3:3 (Figure)", "Estimates:3:4 (As of)");
    }

    @Test
    void a_row_under_the_header_that_is_not_all_tags_is_a_row_of_data() {
        Estimate e = only(estimates(
                row("Source", "Metric", "Figure", "As of", "Note"),
                row("NIS", "killed", "300", "2025-01", "#hashtag")).read().ledger());

        assertThat(e.note()).contains("#hashtag");
    }

    @Test
    void a_tag_row_two_rows_below_its_header_does_not_make_that_row_a_header() {
        assertThat(estimates(
                row("who", "what", "how many", "when"),
                row(),
                row("#org", "#meta+metric", "#affected", "#date"),
                row("NIS", "killed", "300", "2025-01")).problems()).containsExactly("Estimates:1: no header row in the "
                        + "first 50 rows; write a row of column headers such as Source, Metric, Figure, As of");
    }

    @Test
    void without_an_estimates_table_the_first_candidate_with_every_required_column_is_read() {
        PlacedLedger placed = new MemoryTables()
                .candidate("Notes", row("Source", "Figure"), row("NIS", "1"))
                .candidate("Data", row("Casualties"), row("Source", "Metric", "Figure", "As of"),
                        row("NIS", "killed", "300", "2025-01"))
                .candidate("Later", row("Source", "Metric", "Figure", "As of"), row("NIS", "killed", "1", "2025-01"))
                .read();

        assertThat(only(placed.ledger()).quantity()).isEqualTo(Quantity.exact(300));
        assertThat(placed.places().of(0, EstimateField.FIGURE)).hasToString("Data:3:3 (Figure)");
    }

    @Test
    void a_candidate_may_give_the_figure_by_its_bounds_or_the_metric_by_its_figures_tag() {
        assertThat(new MemoryTables().candidate("Data", row("Source", "Metric", "Best", "As of"),
                row("NIS", "killed", "300", "2025-01")).read().ledger().estimates()).hasSize(1);
        assertThat(new MemoryTables().candidate("Data", row("Source", "Figure", "As of"),
                row("#org", "#affected+killed", "#date"), row("NIS", "300", "2025-01")).read().ledger().estimates())
                .hasSize(1);
    }

    @Test
    void without_a_table_of_estimates_the_problem_says_how_to_make_one_after_the_candidates_own() {
        assertThat(new MemoryTables()
                .candidate("Notes", row("Source", "Figure", "As of"), row("NIS", "1", "2025"))
                .candidate("Damaged", row("just", "words"))
                .broken("Damaged", new Problem(new Location.Whole(), "Damaged cannot be read"))
                .problems()).containsExactly(
                        "file: Damaged cannot be read",
                        "file: no sheet of estimates: name a sheet \"Estimates\", or give a sheet a header row with "
                                + "Source, Metric, Figure and As of columns");
    }

    @Test
    void a_limit_broken_while_a_table_is_read_is_a_problem_of_the_import() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of"), row("NIS", "killed", "300", "2025-01"))
                .broken(TableImport.ESTIMATES, new Problem(new Location.Whole(), "more rows than a sheet holds"))
                .problems()).containsExactly("file: more rows than a sheet holds");
    }

}
