package dev.tally.core.table;

import static dev.tally.core.table.MemoryTables.cell;
import static dev.tally.core.table.MemoryTables.date;
import static dev.tally.core.table.MemoryTables.estimates;
import static dev.tally.core.table.MemoryTables.formula;
import static dev.tally.core.table.MemoryTables.number;
import static dev.tally.core.table.MemoryTables.only;
import static dev.tally.core.table.MemoryTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How the cells of a table of estimates are read, whatever kind of cell a format gives. */
class TableCellsTest {

    private static final Object[] HEADER = row("Source", "Metric", "Figure", "As of");
    private static final String FIGURE_FORMS = "write a whole number such as 1,200, or a form like \"about 1,200\", "
            + "\"1,000-2,000\", \"at least 300\" or \"up to 3,000\"";

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("300", Quantity.exact(300)),
                Arguments.of(" 4,700 ", Quantity.exact(4700)),
                Arguments.of("'600", Quantity.exact(600)),
                Arguments.of("' 600", Quantity.exact(600)),
                Arguments.of("about 1,200", Quantity.approximately(1200)),
                Arguments.of("10,000-12,000", Quantity.range(10_000, 12_000)),
                Arguments.of("25 (20–40)", Quantity.bestWithin(25, 20, 40)),
                Arguments.of("at least 300", Quantity.atLeast(300)),
                Arguments.of("up to 3,000", Quantity.atMost(3000)),
                Arguments.of(number("300"), Quantity.exact(300)),
                Arguments.of(number("300.0"), Quantity.exact(300)),
                Arguments.of(number("1.5E3"), Quantity.exact(1500)),
                Arguments.of(formula("300.00"), Quantity.exact(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void a_figure_is_read_from_text_as_people_write_it_or_from_a_number_cell(Object figure, Quantity expected) {
        assertThat(only(estimates(HEADER, row("NIS", "killed", figure, "2025-01")).read().ledger()).quantity())
                .isEqualTo(expected);
    }

    static Stream<Arguments> badFigures() {
        return Stream.of(
                Arguments.of("twelve hundred", "\"twelve hundred\" is not a figure: \"twelve hundred\" is not a "
                        + "number; " + FIGURE_FORMS),
                Arguments.of(formula("23000.5"), "the cell's formula gives 23000.5, which is not a whole count; if "
                        + "23,001 is meant, round the result in the formula (ROUND(..., 0)) or type 23,001"),
                Arguments.of(formula("1234.49"), "the cell's formula gives 1234.49, which is not a whole count; if "
                        + "1,234 is meant, round the result in the formula (ROUND(..., 0)) or type 1,234"),
                Arguments.of(date("2025-01-15", "yyyy-mm-dd"), "the cell holds the date 2025-01-15, not a figure; "
                        + "format the cell as a number or as text"),
                Arguments.of(cell(Cell.Type.BOOLEAN, "TRUE"), "the cell holds TRUE, not a figure; write a number such "
                        + "as 1,200 or a form like \"about 1,200\""),
                Arguments.of(cell(Cell.Type.ERROR, "#REF!"), "the cell holds the error #REF!, the result of a broken "
                        + "formula; fix the formula or type the value"),
                Arguments.of(cell(Cell.Type.UNCALCULATED, ""), "the cell's formula was never calculated (the program "
                        + "that saved the workbook does not calculate); open and save the workbook in Excel or "
                        + "LibreOffice, or type the value"),
                Arguments.of(cell(Cell.Type.TOO_LONG, "x"), "the cell holds more than 32,767 characters, more than a "
                        + "cell may hold; shorten it"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFigures")
    void a_figure_that_cannot_be_read_is_a_problem_at_its_cell(Object figure, String message) {
        assertThat(estimates(HEADER, row("NIS", "killed", figure, "2025-01")).problems())
                .containsExactly("Estimates:2:3 (Figure): " + message);
    }

    @Test
    void a_plain_number_cell_reads_as_its_digits_wherever_text_is_wanted() {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "Id", "Note"),
                row("NIS", "killed", "300", number("2025"), number("17.50"), cell(Cell.Type.NUMBER, "not a number")))
                .read().ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025"));
        assertThat(e.id()).isEqualTo("17.5");
        assertThat(e.note()).contains("not a number");
    }

    static Stream<Arguments> dateCells() {
        return Stream.of(
                Arguments.of("yyyy-mm-dd", "2025-04-30"),
                Arguments.of("d mmm yyyy", "2025-04-30"),
                Arguments.of("", "2025-04-30"),
                Arguments.of("General", "2025-04-30"),
                Arguments.of("mmm yyyy", "2025-04"),
                Arguments.of("[$-409]mmmm yyyy", "2025-04"),
                Arguments.of("yyyy", "2025"),
                Arguments.of("\"day \"yyyy", "2025"),
                Arguments.of("\"month\" yyyy", "2025"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("dateCells")
    void a_date_cell_is_a_day_or_the_month_or_year_its_format_shows(String format, String period) {
        Estimate e = only(estimates(HEADER, row("NIS", "killed", "300", date("2025-04-30", format))).read().ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse(period));
    }

    @Test
    void a_period_that_cannot_be_read_is_a_problem_at_its_cell() {
        assertThat(estimates(HEADER, row("NIS", "killed", "300", "summer 2025")).problems()).singleElement()
                .asString().startsWith("Estimates:2:4 (As of): \"summer 2025\" is not a period: ");
    }

    @Test
    void the_optional_columns_give_the_estimates_details() {
        Estimate e = only(estimates(
                row("Id", "Source", "Subject", "Metric", "Figure", "As of", "Basis", "Reported", "Via", "Credibility",
                        "Citation title", "Publisher", "URL", "Quote", "Note"),
                row(" 'nis-1 ", "NIS", "Kursk", "KIA", "300", "2025-01", " Increment ", "2025-02-03", "\u00a0Yonhap ",
                        "2", "A title", "A publisher", "'https://example.org/a", "\tquoted\n", " a note\t "))
                .read().ledger());

        assertThat(e.id()).isEqualTo("nis-1");
        assertThat(e.subject()).isEqualTo("kursk");
        assertThat(e.metric()).isEqualTo("killed");
        assertThat(e.basis()).isEqualTo(Basis.INCREMENT);
        assertThat(e.reported()).isEqualTo(Period.parse("2025-02-03"));
        assertThat(e.via()).contains("Yonhap");
        assertThat(e.credibility()).contains(Credibility.PROBABLY_TRUE);
        assertThat(e.citation()).contains(new Citation(Optional.of("A title"), Optional.of("A publisher"),
                Optional.of("https://example.org/a"), Optional.of("\tquoted\n")));
        assertThat(e.note()).contains("a note\t");
    }

    @Test
    void without_optional_cells_the_basis_is_cumulative_and_the_reported_date_the_as_of_period() {
        Estimate e = only(estimates(HEADER, row("NIS", "killed", "300", "2025-01")).read().ledger());

        assertThat(e.basis()).isEqualTo(Basis.CUMULATIVE);
        assertThat(e.reported()).isEqualTo(e.asOf());
        assertThat(e.subject()).isEqualTo("unspecified");
        assertThat(e.via()).isEmpty();
        assertThat(e.credibility()).isEmpty();
        assertThat(e.citation()).isEmpty();
        assertThat(e.note()).isEmpty();
        assertThat(e.revises()).isEmpty();
    }

    @Test
    void a_cell_of_spaces_under_a_column_of_free_text_gives_an_empty_text() {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "Via", "Note"),
                row("NIS", "killed", "300", "2025-01", "\u00a0", "  ")).read().ledger());

        assertThat(e.via()).isEmpty();
        assertThat(e.note()).isEmpty();
    }

    @Test
    void any_one_part_of_a_citation_makes_a_citation() {
        List<Citation> citations = estimates(row("Source", "Metric", "Figure", "As of", "Title", "Publisher", "URL",
                        "Quote"),
                row("NIS", "killed", "1", "2025-01", "T"),
                row("NIS", "killed", "2", "2025-01", "", "P"),
                row("NIS", "killed", "3", "2025-01", "", "", "https://example.org"),
                row("NIS", "killed", "4", "2025-01", "", "", "", "Q"))
                .read().ledger().estimates().stream().map(e -> e.citation().orElseThrow()).toList();

        assertThat(citations).containsExactly(
                new Citation(Optional.of("T"), Optional.empty(), Optional.empty(), Optional.empty()),
                new Citation(Optional.empty(), Optional.of("P"), Optional.empty(), Optional.empty()),
                new Citation(Optional.empty(), Optional.empty(), Optional.of("https://example.org"), Optional.empty()),
                new Citation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Q")));
    }

    static Stream<Arguments> credibilities() {
        return Stream.of(
                Arguments.of("1", Credibility.CONFIRMED),
                Arguments.of(number("5"), Credibility.IMPROBABLE),
                Arguments.of("2 - probably true", Credibility.PROBABLY_TRUE),
                Arguments.of("Possibly True", Credibility.POSSIBLY_TRUE),
                Arguments.of("cannot be judged", Credibility.CANNOT_BE_JUDGED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credibilities")
    void credibility_is_a_grade_or_the_scales_words(Object cell, Credibility expected) {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "Credibility"),
                row("NIS", "killed", "300", "2025-01", cell)).read().ledger());

        assertThat(e.credibility()).contains(expected);
    }

    @Test
    void cells_of_details_that_cannot_be_read_are_problems_at_their_cells_in_column_order() {
        assertThat(estimates(row("Credibility", "Source", "Metric", "Figure", "As of", "Basis"),
                row("sure", "NIS", "killed", "300", "2025-01", "sometimes")).problems()).containsExactly(
                        "Estimates:2:1 (Credibility): \"sure\" is not a credibility grade; write 1 (confirmed) to 5 "
                                + "(improbable), or 6 (cannot be judged)",
                        "Estimates:2:6 (Basis): \"sometimes\" is not a basis; use cumulative or increment");
    }

    @Test
    void the_problems_of_a_row_come_in_the_order_of_its_columns() {
        assertThat(estimates(row("As of", "Figure", "Source", "Metric"), row("", "", "", "killed")).problems())
                .containsExactly(
                        "Estimates:2:1 (As of): the As of cell is empty; write a day YYYY-04-30, a month YYYY-04 "
                                + "or \"January YYYY\", a year YYYY, or an interval YYYY-01/YYYY-03, with the year for "
                                + "YYYY",
                        "Estimates:2:2 (Figure): the Figure cell is empty; " + FIGURE_FORMS,
                        "Estimates:2:3 (Source): the Source cell is empty; write the source's id or name");
    }

    @Test
    void revises_lists_ids_each_with_an_optional_kind() {
        List<Estimate> estimates = estimates(row("Id", "Source", "Metric", "Figure", "As of", "Revises"),
                row("a", "NIS", "killed", "100", "2025-01"),
                row("b", "NIS", "killed", "200", "2025-01"),
                row("c", "NIS", "killed", "300", "2025-01"),
                row("d", "NIS", "killed", "400", "2025-01"),
                row("e", "NIS", "killed", "500", "2025-01", "a; b : Correction,, c\nd:retraction;"))
                .read().ledger().estimates();

        assertThat(estimates.get(4).revises()).containsExactly(Revision.update("a"),
                new Revision("b", RevisionKind.CORRECTION), Revision.update("c"),
                new Revision("d", RevisionKind.RETRACTION));
    }

    @Test
    void a_revision_whose_kind_is_unknown_revises_the_whole_text_as_an_id() {
        assertThat(TableImport.revisions("nis:2025:killed")).containsExactly(Revision.update("nis:2025:killed"));
        assertThat(TableImport.revisions("nis:update")).containsExactly(Revision.update("nis"));
        assertThat(TableImport.revisions(" ; ,")).isEmpty();
    }

    @Test
    void metric_names_map_through_the_ledgers_synonyms() {
        List<String> metrics = estimates(HEADER,
                row("NIS", "KIA", "1", "2025-01"),
                row("NIS", "prisoners", "2", "2025-01"),
                row("NIS", "Killed", "3", "2025-01")).read().ledger().estimates().stream().map(Estimate::metric)
                .toList();

        assertThat(metrics).containsExactly("killed", "captured", "killed");
    }

    @Test
    void words_after_the_figure_name_the_metric_of_an_empty_metric_cell() {
        Estimate e = only(estimates(HEADER, row("NIS", "", "751 prisoners", "2025-01")).read().ledger());

        assertThat(e.metric()).isEqualTo("captured");
        assertThat(e.quantity()).isEqualTo(Quantity.exact(751));
    }

    @Test
    void words_after_the_figure_that_agree_with_the_metric_cell_are_no_problem() {
        Estimate e = only(estimates(HEADER, row("NIS", "killed", "4,700 KIA", "2025-01")).read().ledger());

        assertThat(e.metric()).isEqualTo("killed");
    }

    @Test
    void words_after_the_figure_that_name_another_metric_are_a_problem_at_the_figure() {
        assertThat(estimates(HEADER, row("NIS", "killed", "751 prisoners", "2025-01")).problems()).containsExactly(
                "Estimates:2:3 (Figure): the words \"prisoners\" after the figure name the metric captured, but the "
                        + "Metric cell says killed; write the figure alone, or make the two agree");
    }

    @Test
    void words_after_the_figure_that_name_no_metric_are_said_when_the_metric_cell_is_empty() {
        assertThat(estimates(HEADER, row("NIS", "", "751 boats", "2025-01")).problems()).containsExactly(
                "Estimates:2:2 (Metric): the Metric cell is empty; write a metric such as killed (the words \"boats\" "
                        + "after the figure name no metric)");
    }

    @Test
    void an_unknown_metric_is_a_problem_that_lists_the_metrics() {
        assertThat(estimates(HEADER, row("NIS", "kiled", "300", "2025-01")).problems()).singleElement().asString()
                .startsWith("Estimates:2:2 (Metric): \"kiled\" is not a metric; use one of ")
                .contains("killed, ").contains("wounded")
                .endsWith(" (or a synonym such as KIA or POW), or add it to the Metrics sheet");
    }

    @Test
    void a_name_that_joins_metrics_no_metric_is_made_of_gives_the_row_to_add() {
        assertThat(estimates(HEADER, row("NIS", "killed and missing", "300", "2025-01")).problems()).containsExactly(
                "Estimates:2:2 (Metric): \"killed and missing\" joins the metrics killed, missing, and no metric of "
                        + "the ledger has exactly those parts; add this row to the Metrics sheet (Id, Name, Unit), "
                        + "ready to paste: killed-missing\tKilled and missing\tpeople (its parts are killed, missing: "
                        + "give each the Part of killed-missing if it belongs to no other whole)");
    }
}
