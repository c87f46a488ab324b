package dev.tally.core.table;

import static dev.tally.core.table.MemoryTables.cell;
import static dev.tally.core.table.MemoryTables.estimates;
import static dev.tally.core.table.MemoryTables.only;
import static dev.tally.core.table.MemoryTables.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.PlacedLedger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Column mappings (docs/mappings.md, docs/csv-format.md): how they are read, and what they do to a table. */
class ColumnMappingTest {

    private static final String COLUMNS = "Id, Source, Subject, Metric, Figure, Low, Best, High, As of, Basis, "
            + "Reported, Via, Credibility, Citation title, Publisher, URL, Quote, Note, Revises";
    private static final String FILE = "m.json:/subject (3:5)";
    private static final String ANY_COLUMN = "write COLUMN=HEADER, with COLUMN one of " + COLUMNS
            + ", Precision, or Figure of METRIC";
    private static final String ONE_COLUMN = "write one column of the file, a template such as ucdp-ged-{id}, or, "
            + "for As of and Reported, a start and an end column joined by '/' (date_start/date_end)";
    private static final String NO_PRECISION = "write the column that codes the precision of the dates, and its "
            + "scale: date_prec (ucdp-ged)";

    static Stream<Arguments> badEntries() {
        return Stream.of(
                Arguments.of(List.of("nonsense"), List.of(), "--column \"nonsense\": " + ANY_COLUMN),
                Arguments.of(List.of("Subject="), List.of(), "--column \"Subject=\": " + ANY_COLUMN),
                Arguments.of(List.of(), List.of("Colour=red"), "--value \"Colour=red\": write COLUMN=VALUE, with "
                        + "COLUMN one of " + COLUMNS + ", or Source name, Source kind, Source reliability, Repair"),
                Arguments.of(List.of("Figure=x (unix-time)"), List.of(), "--column \"Figure=x (unix-time)\": only the "
                        + "As of and Reported dates can be read as Unix times"),
                Arguments.of(List.of("Subject=a/b"), List.of(), "--column \"Subject=a/b\": " + ONE_COLUMN),
                Arguments.of(List.of("As of=a/b/c"), List.of(), "--column \"As of=a/b/c\": " + ONE_COLUMN),
                Arguments.of(List.of("As of=a/"), List.of(), "--column \"As of=a/\": " + ONE_COLUMN),
                Arguments.of(List.of("Id=x{}"), List.of(), "--column \"Id=x{}\": \"x{}\" has an empty {}; write a "
                        + "column's header between the braces, such as {country}"),
                Arguments.of(List.of("Id={x"), List.of(), "--column \"Id={x\": \"{x\" is not a template; write each "
                        + "column's header between braces, such as ucdp-ged-{id}, and no other braces"),
                Arguments.of(List.of("Id=}x"), List.of(), "--column \"Id=}x\": \"}x\" is not a template; write each "
                        + "column's header between braces, such as ucdp-ged-{id}, and no other braces"),
                Arguments.of(List.of("Precision=date_prec (ucdp)"), List.of(),
                        "--column \"Precision=date_prec (ucdp)\": \"ucdp\" is not a scale of date precision; use one "
                                + "of ucdp-ged, acled"),
                Arguments.of(List.of("precision={}"), List.of(), "--column \"precision={}\": " + NO_PRECISION),
                Arguments.of(List.of("Precision={ } (acled)"), List.of(), "--column \"Precision={ } (acled)\": "
                        + NO_PRECISION),
                Arguments.of(List.of("Figure of =x"), List.of(), "--column \"Figure of =x\": " + ANY_COLUMN),
                Arguments.of(List.of("figure of killed={a}{b}"), List.of(),
                        "--column \"figure of killed={a}{b}\": write Figure of METRIC=HEADER, the column that holds "
                                + "the metric's figures, such as Figure of killed=killed_cum"),
                Arguments.of(List.of(), List.of("Repair=fix"), "--value \"Repair=fix\": \"fix\" is no way to repair a "
                        + "figure; write widen"),
                Arguments.of(List.of(), List.of("Source kind=academic", "Source name=UCDP"), "--value \"Source "
                        + "kind=academic\": the details of a source need the source: give the Source a value, its id "
                        + "such as ucdp"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badEntries")
    void an_entry_that_cannot_be_read_is_a_problem_that_names_it(List<String> columns, List<String> values,
                                                               String problem) {
        assertThat(problems(columns, values)).containsExactly(problem);
    }

    @Test
    void every_entry_that_cannot_be_read_is_listed() {
        assertThat(problems(List.of("Subject=a", "Subject=b", "Figure of killed=k", "Figure of Killed=y"),
                List.of("Subject=c", "Best=3")))
                .containsExactly(
                        "--column \"Subject=b\": the Subject column is mapped already; map each column once",
                        "--column \"Figure of Killed=y\": the figure of Killed is mapped already; map each metric once",
                        "--value \"Subject=c\": the Subject column is mapped already; map each column once",
                        "--column \"Figure of killed=k\": a wide table's metrics come from their own figure columns "
                                + "(Figure of METRIC=HEADER); map no Best beside them");
    }

    @Test
    void a_wide_mapping_names_every_figure_column_mapped_beside_it() {
        assertThat(problems(List.of("Figure of killed=k", "Low=l"), List.of("Metric=killed"))).containsExactly(
                "--column \"Figure of killed=k\": a wide table's metrics come from their own figure columns (Figure of "
                        + "METRIC=HEADER); map no Metric or Low beside them");
    }

    @Test
    void the_details_of_a_fixed_source_that_cannot_be_read_are_problems_at_their_entries() {
        assertThat(problems(List.of(), List.of("Source=ucdp", "Source kind=spies", "Source reliability=Z")))
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("--value \"Source kind=spies\": \"spies\" is not a source kind"),
                        p -> assertThat(p).startsWith("--value \"Source reliability=Z\": \"Z\" is not a reliability "));
        assertThat(problems(List.of(), List.of("Source=bad id", "Source name=Bad")))
                .singleElement().asString()
                .startsWith("--value \"Source name=Bad\": source id \"bad id\" is not an id");
    }

    @Test
    void two_entries_of_one_mapping_file_for_one_column_are_a_problem_at_the_second() {
        assertThat(problems(List.of(), List.of(ColumnMapping.option(FILE, "Subject", "a"),
                ColumnMapping.option("m.json:/subject (4:5)", "Subject", "b")))).containsExactly(
                        "m.json:/subject (4:5): the Subject column is mapped already; map each column once");
    }

    @Test
    void an_entry_given_as_an_option_of_its_own_overrides_a_mapping_files_either_way_round() {
        MemoryTables tables = estimates(row("Source", "Metric", "Figure", "As of", "conflict"),
                row("UCDP", "killed", "1", "2025", "Kursk"));

        assertThat(only(tables.read(List.of(ColumnMapping.option(FILE, "Subject", "{country}")),
                List.of("Subject=Myanmar")).ledger()).subject()).isEqualTo("myanmar");
        assertThat(only(tables.read(List.of("Subject=conflict"), List.of(ColumnMapping.option(FILE, "Subject",
                "Myanmar"))).ledger()).subject()).isEqualTo("kursk");
    }

    @Test
    void no_entries_map_nothing() {
        assertThat(ColumnMapping.of(FormatOptions.none()).isEmpty()).isTrue();
        assertThat(ColumnMapping.of(FormatOptions.of(Map.of(ColumnMapping.VALUE_OPTION, List.of("Repair=widen"))))
                .isEmpty()).isFalse();
        assertThat(ColumnMapping.of(FormatOptions.of(Map.of(ColumnMapping.COLUMN_OPTION, List.of("Precision=p"))))
                .isEmpty()).isFalse();
        assertThat(ColumnMapping.of(FormatOptions.of(Map.of(ColumnMapping.COLUMN_OPTION, List.of("Figure of k=k"))))
                .isEmpty()).isFalse();
    }

    @Test
    void a_mapped_column_is_read_from_the_header_it_names_and_no_longer_from_its_own_headers() {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "Subject", "Conflict_Name"),
                row("UCDP", "killed", "1", "2025", "ignored", "Kursk"))
                .read(List.of("Subject=conflict name"), List.of()).ledger());

        assertThat(e.subject()).isEqualTo("kursk");
    }

    @Test
    void a_header_the_mapping_names_that_the_table_lacks_is_a_problem_at_the_header_row() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of", "Subject"), row("UCDP", "killed", "1", "2025"))
                .problems(List.of("Subject=conflict", ColumnMapping.option("m.json:/id (2:9)", "Id", "ged-{id}")),
                        List.of()))
                .containsExactlyInAnyOrder(
                        "Estimates:1: --column \"Subject=conflict\": no column \"conflict\"; the file's columns are "
                                + "Source, Metric, Figure, As of, Subject",
                        "Estimates:1: m.json:/id (2:9): no column \"id\"; the file's columns are Source, Metric, "
                                + "Figure, As of, Subject");
    }

    @Test
    void the_precision_and_wide_figure_columns_the_table_lacks_are_problems_and_no_row_is_read() {
        assertThat(estimates(row("Source", "Metric", "Figure", " ", "As of"), row("UCDP", "killed", "lots", "", "2025"))
                .problems(List.of("Precision=date_prec", "Figure of killed=k"), List.of()))
                .containsExactlyInAnyOrder(
                        "Estimates:1: --column \"Precision=date_prec\": no column \"date_prec\"; the file's columns "
                                + "are Source, Metric, Figure, As of",
                        "Estimates:1: --column \"Figure of killed=k\": no column \"k\"; the file's columns are "
                                + "Source, Metric, Figure, As of");
    }

    @Test
    void a_column_mapped_to_the_header_of_another_is_that_column_only() {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "Note"),
                row("UCDP", "killed", "1", "2025", "Kursk")).read(List.of("Subject=Note"), List.of()).ledger());

        assertThat(e.subject()).isEqualTo("kursk");
        assertThat(e.note()).isEmpty();
    }

    @Test
    void the_end_column_of_a_period_is_the_one_in_the_header_row() {
        Estimate e = only(estimates(row("date_end", "notes"),
                row("Source", "Metric", "Figure", "date_start", "date_end"),
                row("UCDP", "killed", "1", "2025-01-01", "2025-01-05")).read(List.of("As of=date_start/date_end"),
                        List.of()).ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025-01-01/2025-01-05"));
    }

    @Test
    void as_of_may_be_a_period_from_a_start_and_an_end_column() {
        List<Period> periods = estimates(row("Source", "Metric", "Figure", "date_start", "date_end"),
                row("UCDP", "killed", "1", "2025-01-01", "2025-01-05"),
                row("UCDP", "killed", "2", "2025-01-03", " 2025-01-03"),
                row("UCDP", "killed", "3", "2025-02-01"),
                row("UCDP", "killed", "4", "2025-03-01", cell(Cell.Type.ERROR, "#N/A")))
                .read(List.of("As of=date_start/date_end"), List.of()).ledger().estimates().stream()
                .map(Estimate::asOf).toList();

        assertThat(periods).containsExactly(Period.parse("2025-01-01/2025-01-05"), Period.parse("2025-01-03"),
                Period.parse("2025-02-01"), Period.parse("2025-03-01"));
    }

    @Test
    void a_template_makes_a_text_from_the_rows_cells_and_nothing_when_one_is_blank() {
        Ledger ledger = estimates(row("Source", "Metric", "Figure", "As of", "id", "country"),
                row("UCDP", "killed", "1", "2025", "209980", "Myanmar"),
                row("UCDP", "killed", "2", "2025", "", "Myanmar"),
                row("UCDP", "killed", "3", "2025", "1", ""))
                .read(List.of("Id=ucdp-ged-{id}", "Note={country} ({id})"), List.of()).ledger();

        assertThat(ledger.estimates()).extracting(Estimate::id).first().isEqualTo("ucdp-ged-209980");
        assertThat(ledger.estimates().get(1).id()).startsWith("ucdp-");
        assertThat(ledger.estimates().get(2).id()).isEqualTo("ucdp-ged-1");
        assertThat(ledger.estimates()).extracting(e -> e.note().orElse(null)).containsExactly("Myanmar (209980)", null,
                null);
    }

    @Test
    void a_template_over_a_cell_that_holds_no_text_is_a_problem_at_that_cell() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of", "id"),
                row("UCDP", "killed", "1", "2025", cell(Cell.Type.ERROR, "#N/A")))
                .problems(List.of("Id=ucdp-ged-{id}"), List.of()))
                .containsExactly("Estimates:2:5 (id): the cell holds the error #N/A, the result of a broken formula; "
                        + "fix the formula or type the value");
    }

    @Test
    void a_value_fills_a_column_in_every_row_and_places_it_at_the_row() {
        PlacedLedger placed = estimates(row("Metric", "best", "date"), row("wounded", "12", "2025-01-02"))
                .read(List.of(), List.of("Source=UCDP", "Metric=killed"));

        Estimate e = only(placed.ledger());
        assertThat(e.source()).isEqualTo("ucdp");
        assertThat(e.metric()).isEqualTo("killed");
        assertThat(e.quantity()).isEqualTo(Quantity.exact(12));
        assertThat(placed.ledger().sources()).containsExactly(Source.of("ucdp", "UCDP", SourceKind.OTHER));
        assertThat(placed.places().of(0, EstimateField.SOURCE)).hasToString("Estimates:2");
        assertThat(placed.places().of(0, EstimateField.FIGURE)).hasToString("Estimates:2");
    }

    @Test
    void a_fixed_source_has_the_details_the_mapping_gives() {
        Ledger ledger = estimates(row("Source", "Figure", "As of"), row("", "1", "2025"), row("ucdp", "2", "2025"))
                .read(List.of(), List.of("Source=ucdp", "Metric=killed", "source name=Uppsala Conflict Data Program",
                        "Source Kind=academic", "Source reliability=b")).ledger();

        assertThat(ledger.sources()).containsExactly(Source.of("ucdp", "Uppsala Conflict Data Program",
                SourceKind.ACADEMIC).withReliability(Reliability.B));
        assertThat(ledger.estimates()).extracting(Estimate::source).containsOnly("ucdp");
    }

    @Test
    void a_column_the_mapping_decides_is_not_taken_by_an_hxl_tag() {
        Estimate e = only(estimates(row("Source", "Figure", "As of", "kind", "x"),
                row("#org", "#affected", "#date", "", "#meta+metric"),
                row("NIS", "1", "2025", "killed", "wounded")).read(List.of("Metric=kind"), List.of()).ledger());

        assertThat(e.metric()).isEqualTo("killed");
    }

    @Test
    void a_candidate_table_needs_only_the_columns_the_mapping_does_not_fill() {
        assertThat(only(new MemoryTables().candidate("Data", row("Source", "Figure", "As of"), row("NIS", "1", "2025"))
                .read(List.of(), List.of("Metric=killed")).ledger()).metric()).isEqualTo("killed");
    }

    static Stream<Arguments> precisions() {
        return Stream.of(
                Arguments.of("acled", "2025-01-15", "1", "2025-01-15"),
                Arguments.of("acled", "2025-01-15", "2", "2025-01-13/2025-01-19"),
                Arguments.of("acled", "2025-01-15", "3", "2025-01"),
                Arguments.of("acled", "2025-01-15", "", "2025-01-15"),
                Arguments.of("ucdp-ged", "2025-01-15", "3", "2025-01-13/2025-01-19"),
                Arguments.of("ucdp-ged", "2025-01-15", "4", "2025-01"),
                Arguments.of("UCDP-GED ", "2025-01-15", "5", "2025"),
                Arguments.of("ucdp-ged", "2025-01-15", "2", "2025-01-15"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("precisions")
    void a_precision_column_widens_the_as_of_period_as_its_scale_says(String scale, String day, String code,
                                                                      String period) {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "event_date", "time_precision"),
                row("A", "killed", "1", day, code))
                .read(List.of("As of=event_date", "Precision=time_precision (" + scale + ")"), List.of()).ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse(period));
    }

    @Test
    void without_a_scale_the_precision_is_ucdp_geds() {
        Estimate e = only(estimates(row("Source", "Metric", "Figure", "As of", "date_prec"),
                row("A", "killed", "1", "2025-01-15", "5")).read(List.of("Precision={date_prec}"), List.of()).ledger());

        assertThat(e.asOf()).isEqualTo(Period.parse("2025"));
    }

    @Test
    void a_precision_code_outside_the_scale_is_a_problem_at_its_cell() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of", "time_precision"),
                row("A", "killed", "1", "2025-01-15", "4"),
                row("A", "killed", "1", "2025-01-16", "0"))
                .problems(List.of("Precision=time_precision (acled)"), List.of())).containsExactly(
                        "Estimates:2:5 (time_precision): 4 is not a acled date precision; write a code from 1 to 3",
                        "Estimates:3:5 (time_precision): 0 is not a acled date precision; write a code from 1 to 3");
    }

    @Test
    void a_date_column_may_hold_unix_times_read_as_the_day_in_utc() {
        List<Estimate> estimates = estimates(row("Source", "Metric", "Figure", "As of", "timestamp"),
                row("A", "killed", "1", "2020-01", "1577923199"),
                row("A", "killed", "2", "2020-01", "1577923200"))
                .read(List.of("Reported=timestamp (Unix-Time)"), List.of()).ledger().estimates();

        assertThat(estimates).extracting(Estimate::reported).containsExactly(Period.parse("2020-01-01"),
                Period.parse("2020-01-02"));
    }

    @Test
    void a_cell_that_holds_no_unix_time_is_a_problem_at_its_cell() {
        assertThat(estimates(row("Source", "Metric", "Figure", "ts"), row("A", "killed", "1", "yesterday"))
                .problems(List.of("As of=ts (unix-time)"), List.of())).containsExactly(
                        "Estimates:2:4 (ts): \"yesterday\" is not a Unix time; write the seconds since 1970-01-01 UTC, "
                                + "such as 1618957536",
                        "Estimates:2:4 (ts): the As of cell is empty; write a day YYYY-04-30, a month YYYY-04 or "
                                + "\"January YYYY\", a year YYYY, or an interval YYYY-01/YYYY-03, with the year for "
                                + "YYYY");
    }

    @Test
    void a_wide_table_gives_one_estimate_a_metric_whose_figure_cell_is_filled() {
        PlacedLedger placed = estimates(row("Source", "report_date", "killed_cum", "injured_cum"),
                row("OCHA", "2025-01-01", "10", ""),
                row("OCHA", "2025-01-02", "12", "30"))
                .read(List.of("As of=report_date", "Figure of killed=killed_cum", "Figure of injured={injured_cum}",
                        "Id=tfp-{report_date}"), List.of());

        assertThat(placed.ledger().estimates()).extracting(Estimate::id, Estimate::metric, e -> e.quantity().low())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tfp-2025-01-01-killed", "killed", 10L),
                        org.assertj.core.groups.Tuple.tuple("tfp-2025-01-02-killed", "killed", 12L),
                        org.assertj.core.groups.Tuple.tuple("tfp-2025-01-02-injured", "wounded", 30L));
        assertThat(placed.places().of(1, EstimateField.FIGURE)).hasToString("Estimates:3:3 (killed_cum)");
        assertThat(placed.places().of(2, EstimateField.FIGURE)).hasToString("Estimates:3:4 (injured_cum)");
        assertThat(placed.places().of(2, EstimateField.AS_OF)).hasToString("Estimates:3:2 (report_date)");
    }

    @Test
    void a_ledger_rule_broken_by_a_wide_tables_second_metric_is_placed_on_its_row() {
        assertThat(estimates(row("Source", "report_date", "killed_cum", "injured_cum", "Revises"),
                row("OCHA", "2025-01-01", "10", "", ""),
                row("OCHA", "2025-01-02", "", "30", "nowhere"))
                .problems(List.of("As of=report_date", "Figure of killed=killed_cum",
                        "Figure of injured=injured_cum"), List.of())).singleElement().asString()
                .startsWith("Estimates:3:5 (Revises): ");
    }

    @Test
    void a_wide_figure_that_cannot_be_read_is_a_problem_at_its_own_cell() {
        assertThat(estimates(row("Source", "report_date", "killed_cum", "injured_cum"),
                row("OCHA", "2025-01-01", "10", "many"))
                .problems(List.of("As of=report_date", "Figure of killed=killed_cum", "Figure of injured=injured_cum"),
                        List.of())).singleElement().asString()
                .startsWith("Estimates:2:4 (injured_cum): \"many\" is not a figure");
    }

    @Test
    void a_wide_table_without_ids_generates_them_per_metric() {
        Ledger ledger = estimates(row("Source", "As of", "k", "w", "Id"), row("OCHA", "2025-01-01", "10", "20"))
                .read(List.of("Figure of killed=k", "Figure of wounded=w"), List.of()).ledger();

        assertThat(ledger.estimates()).extracting(Estimate::id).doesNotHaveDuplicates().allMatch(id ->
                id.matches("ocha-[0-9a-f]{10}"));
    }

    private static List<String> problems(List<String> columns, List<String> values) {
        List<String> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> MemoryTables.mapping(columns, values, notice -> { }))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> problems.addAll(e.problems()));
        return problems;
    }
}
