package dev.tally.core.table;

import static dev.tally.core.table.MemoryTables.estimates;
import static dev.tally.core.table.MemoryTables.fourColumns;
import static dev.tally.core.table.MemoryTables.only;
import static dev.tally.core.table.MemoryTables.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.PlacedLedger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The records a table import makes: sources, subjects and metrics from their own tables or from the names the rows
 * use, generated ids, repeated claims, broken ledger rules at their cells, and the limits of one import.
 */
class TableRecordsTest {

    private static final Object[] SOURCES_HEADER = row("Id", "Name", "Kind", "Country", "Reliability");
    private static final Object[] ESTIMATES_HEADER = row("Source", "Metric", "Figure", "As of");

    @Test
    void each_distinct_source_name_makes_a_source_of_kind_other_whose_id_is_its_slug() {
        Ledger ledger = fourColumns(
                row("South Korean military", "killed", "1", "2025-01"),
                row("NIS", "killed", "2", "2025-01"),
                row("nis", "killed", "3", "2025-01"),
                row("N.I.S.", "killed", "4", "2025-01"),
                row("Réseau Sécurité", "killed", "5", "2025-01"),
                row("Міністерство оборони", "killed", "6", "2025-01"),
                row("--- " + "a".repeat(59) + " bc", "killed", "7", "2025-01")).read().ledger();

        assertThat(ledger.sources()).containsExactly(
                Source.of("south-korean-military", "South Korean military", SourceKind.OTHER),
                Source.of("nis", "NIS", SourceKind.OTHER),
                Source.of("reseau-securite", "Réseau Sécurité", SourceKind.OTHER),
                Source.of("source-c3a3a9e257", "Міністерство оборони", SourceKind.OTHER),
                Source.of("a".repeat(59), "--- " + "a".repeat(59) + " bc", SourceKind.OTHER));
        assertThat(ledger.estimates()).extracting(Estimate::source).containsExactly("south-korean-military", "nis",
                "nis", "nis", "reseau-securite", "source-c3a3a9e257", "a".repeat(59));
    }

    @Test
    void a_slug_is_cut_to_sixty_characters() {
        String name = "b".repeat(70);
        assertThat(only(fourColumns(row(name, "killed", "1", "2025-01")).read().ledger()).source())
                .isEqualTo("b".repeat(60));
    }

    @Test
    void each_distinct_subject_name_makes_a_subject_and_rows_without_one_belong_to_the_unspecified_subject() {
        Ledger ledger = estimates(row("Source", "Subject", "Metric", "Figure", "As of"),
                row("NIS", "", "killed", "1", "2025-01"),
                row("NIS", "Kursk region", "killed", "2", "2025-01"),
                row("NIS", "KURSK REGION", "killed", "3", "2025-01"),
                row("NIS", "", "killed", "4", "2025-01")).read().ledger();

        assertThat(ledger.subjects()).containsExactly(new Subject("unspecified", "Unspecified subject"),
                new Subject("kursk-region", "Kursk region"));
        assertThat(ledger.estimates()).extracting(Estimate::subject).containsExactly("unspecified", "kursk-region",
                "kursk-region", "unspecified");
    }

    @Test
    void a_table_without_a_subject_column_files_every_row_under_the_unspecified_subject() {
        Ledger ledger = fourColumns(row("NIS", "killed", "1", "2025-01"), row("NIS", "killed", "2", "2025-01"))
                .read().ledger();

        assertThat(ledger.subjects()).containsExactly(new Subject("unspecified", "Unspecified subject"));
    }

    @Test
    void a_sources_table_lists_the_sources_that_rows_name_by_id_or_name() {
        Ledger ledger = fourColumns(
                row("nis", "killed", "1", "2025-01"),
                row("NIS", "killed", "2", "2025-01"),
                row("national intelligence-service", "killed", "3", "2025-01"),
                row("Yonhap", "killed", "4", "2025-01"))
                .table(TableImport.SOURCES, SOURCES_HEADER,
                        row("nis", "National Intelligence Service", "intelligence agency", " kr ", "b"),
                        row("yonhap", "Yonhap", "", "", ""),
                        row("rok", "ROK military", "Armed Forces")).read().ledger();

        assertThat(ledger.sources()).containsExactly(
                new Source("nis", "National Intelligence Service", SourceKind.INTELLIGENCE, Optional.of("KR"),
                        Optional.of(Reliability.B)),
                Source.of("yonhap", "Yonhap", SourceKind.OTHER),
                Source.of("rok", "ROK military", SourceKind.MILITARY));
        assertThat(ledger.estimates()).extracting(Estimate::source).containsExactly("nis", "nis", "nis", "yonhap");
    }

    @Test
    void with_a_sources_table_a_row_must_name_a_listed_source() {
        assertThat(fourColumns(row("cia", "killed", "1", "2025-01"))
                .table(TableImport.SOURCES, SOURCES_HEADER, row("nis", "NIS")).problems())
                .containsExactly("Estimates:2:1 (Source): \"cia\" is not a source of the Sources sheet; use an Id or "
                        + "Name listed there, or add the source to it");
    }

    @Test
    void a_sources_table_with_no_rows_lists_nothing() {
        Ledger ledger = fourColumns(row("NIS", "killed", "1", "2025-01"))
                .table(TableImport.SOURCES, SOURCES_HEADER).read().ledger();

        assertThat(ledger.sources()).containsExactly(Source.of("nis", "NIS", SourceKind.OTHER));
    }

    @Test
    void the_cells_of_a_sources_row_that_cannot_be_read_are_problems_and_its_id_still_resolves() {
        assertThat(fourColumns(row("nis", "killed", "1", "2025-01"), row("Yonhap", "killed", "1", "2025-02"))
                .table(TableImport.SOURCES, SOURCES_HEADER,
                        row("nis", "NIS", "spies", "XX", "Z"),
                        row("yonhap", "", "media"),
                        row("", "Nameless"),
                        row("bad id"),
                        row("rok", "ROK military")).problems())
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("Sources:2:3 (Kind): \"spies\" is not a source kind; use "
                                + "one of "),
                        p -> assertThat(p).isEqualTo("Sources:2:4 (Country): \"XX\" is not an ISO 3166-1 alpha-2 "
                                + "country code, such as KR or US"),
                        p -> assertThat(p).startsWith("Sources:2:5 (Reliability): \"Z\" is not a reliability grade"),
                        p -> assertThat(p).isEqualTo("Sources:3:2 (Name): the Name cell is empty; write the source's "
                                + "name"),
                        p -> assertThat(p).isEqualTo("Sources:4:1 (Id): the Id cell is empty; write a short id such as "
                                + "nis"),
                        p -> assertThat(p).startsWith("Sources:5:1 (Id): source id \"bad id\" is not an id"),
                        p -> assertThat(p).isEqualTo("Sources:5:2 (Name): the Name cell is empty; write the source's "
                                + "name"));
    }

    @Test
    void a_source_or_subject_listed_twice_is_a_problem_at_the_second_id() {
        assertThat(fourColumns(row("nis", "killed", "1", "2025-01"))
                .table(TableImport.SOURCES, SOURCES_HEADER, row("nis", "NIS"), row("nis", "NIS again"))
                .table(TableImport.SUBJECTS, row("Name", "Id"), row("Kursk", "kursk"), row("Kursk", "kursk"))
                .problems()).containsExactly(
                        "Sources:3:1 (Id): source id \"nis\" is used more than once",
                        "Subjects:3:2 (Id): subject id \"kursk\" is used more than once");
    }

    @Test
    void metrics_that_break_a_ledger_rule_leave_the_built_in_metrics_to_name() {
        assertThat(fourColumns(row("NIS", "detained", "1", "2025-01"), row("NIS", "killed", "2", "2025-01"))
                .table(TableImport.METRICS, row("Id", "Name", "Part of"), row("a", "A", "nothing"),
                        row("detained", "Detained")).problems()).satisfiesExactly(
                        p -> assertThat(p).isEqualTo("Metrics:2:3 (Part of): metric a is part of \"nothing\", which "
                                + "is not a metric of the ledger"),
                        p -> assertThat(p).startsWith("Estimates:2:2 (Metric): \"detained\" is not a metric; use one "
                                + "of "));
    }

    @Test
    void the_estimates_of_a_long_table_are_each_placed_at_their_row() {
        Object[][] rows = new Object[41][];
        rows[0] = ESTIMATES_HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row("NIS", "killed", Integer.toString(i), "2025-01");
        }
        PlacedLedger placed = estimates(rows).read();

        assertThat(placed.ledger().estimates()).hasSize(40);
        assertThat(placed.places().of(39, EstimateField.FIGURE)).hasToString("Estimates:41:3 (Figure)");
        assertThat(placed.places().of(16, EstimateField.FIGURE)).hasToString("Estimates:18:3 (Figure)");
    }

    @Test
    void a_revision_with_a_kind_and_no_id_is_a_problem_at_the_revises_cell() {
        assertThat(estimates(row("Id", "Source", "Metric", "Figure", "As of", "Revises"),
                row("a", "NIS", "killed", "1", "2025", ":correction")).problems()).singleElement().asString()
                .startsWith("Estimates:2:6 (Revises): revised estimate id \"\" is not an id");
    }

    @Test
    void a_subjects_table_lists_the_subjects_that_rows_name() {
        Ledger ledger = estimates(row("Source", "Subject", "Metric", "Figure", "As of"),
                row("NIS", "kursk", "killed", "1", "2025-01"),
                row("NIS", "North Korean forces in Kursk", "killed", "2", "2025-01"))
                .table(TableImport.SUBJECTS, row("Id", "Name"), row("kursk", "North Korean forces in Kursk"),
                        row("other", "Other"))
                .read().ledger();

        assertThat(ledger.subjects()).containsExactly(new Subject("kursk", "North Korean forces in Kursk"),
                new Subject("other", "Other"));
        assertThat(ledger.estimates()).extracting(Estimate::subject).containsExactly("kursk", "kursk");
    }

    @Test
    void with_a_subjects_table_a_row_must_name_a_listed_subject() {
        assertThat(estimates(row("Source", "Subject", "Metric", "Figure", "As of"),
                row("NIS", "Kyiv", "killed", "1", "2025-01"), row("NIS", "no id", "killed", "1", "2025-01"))
                .table(TableImport.SUBJECTS, row("Id", "Name"), row("kursk", "Kursk"), row("", "No id"),
                        row("bad id", "Bad"), row("no-name"))
                .problems()).satisfiesExactly(
                        p -> assertThat(p).isEqualTo("Subjects:3:1 (Id): the Id cell is empty; write a short id such "
                                + "as dprk-forces-russia"),
                        p -> assertThat(p).startsWith("Subjects:4:1 (Id): subject id \"bad id\" is not an id"),
                        p -> assertThat(p).isEqualTo("Subjects:5:2 (Name): the Name cell is empty; write what is "
                                + "counted"),
                        p -> assertThat(p).isEqualTo("Estimates:2:2 (Subject): \"Kyiv\" is not a subject of the "
                                + "Subjects sheet; use an Id or Name listed there, or add the subject to it"),
                        p -> assertThat(p).isEqualTo("Estimates:3:2 (Subject): \"no id\" is not a subject of the "
                                + "Subjects sheet; use an Id or Name listed there, or add the subject to it"));
    }

    @Test
    void a_metrics_table_adds_metrics_that_rows_name_by_id_name_or_synonym() {
        Ledger ledger = fourColumns(
                row("NIS", "detained", "1", "2025-01"),
                row("NIS", "Held", "2", "2025-01"),
                row("NIS", "jailed", "3", "2025-01"))
                .table(TableImport.METRICS, row("Id", "Name", "Unit", "Part of", "Cannot exceed", "Synonyms"),
                        row("detained", "Detained people", "", "", "", "held; jailed,\nlocked up"),
                        row("vessels", "Vessels sunk", "ships", "", ""))
                .read().ledger();

        assertThat(ledger.metric("detained")).contains(new Metric("detained", "Detained people", "people",
                Optional.empty(), Optional.empty(), List.of("held", "jailed", "locked up")));
        assertThat(ledger.metric("vessels")).contains(new Metric("vessels", "Vessels sunk", "ships", Optional.empty(),
                Optional.empty(), List.of()));
        assertThat(ledger.estimates()).extracting(Estimate::metric).containsOnly("detained");
    }

    @Test
    void a_metric_that_breaks_a_ledger_rule_is_a_problem_at_the_cell_at_fault() {
        assertThat(fourColumns(row("NIS", "killed", "1", "2025-01"))
                .table(TableImport.METRICS, row("Id", "Name", "Part of", "Cannot exceed"),
                        row("a", "A", "nothing"),
                        row("b", "B", "", "nowhere"),
                        row("c", "C"),
                        row("c", "C again"),
                        row("", ""))
                .problems()).containsExactly(
                        "Metrics:2:3 (Part of): metric a is part of \"nothing\", which is not a metric of the ledger",
                        "Metrics:3:4 (Cannot exceed): metric b cannot exceed \"nowhere\", which is not a metric of the "
                                + "ledger",
                        "Metrics:5:1 (Id): metric id \"c\" is used more than once");
    }

    @Test
    void the_empty_cells_of_a_metrics_row_are_problems() {
        assertThat(fourColumns(row("NIS", "killed", "1", "2025-01"))
                .table(TableImport.METRICS, row("Id", "Name", "Unit"), row("", "", "ships"), row("bad id", "Bad"))
                .problems()).satisfiesExactly(
                        p -> assertThat(p).isEqualTo("Metrics:2:1 (Id): the Id cell is empty; write a short id such "
                                + "as detained"),
                        p -> assertThat(p).isEqualTo("Metrics:2:2 (Name): the Name cell is empty; write the metric's "
                                + "name"),
                        p -> assertThat(p).startsWith("Metrics:3:1 (Id): metric id \"bad id\" is not an id"));
    }

    @Test
    void a_row_without_an_id_gets_one_from_its_source_and_a_hash_of_its_claim() {
        Ledger ledger = estimates(row("Source", "Metric", "Figure", "As of", "Reported", "Note"),
                row("NIS", "killed", "300", "2025-01"),
                row("NIS", "killed", "300", "2025-01", "2025-02", "same claim, reported later"))
                .read().ledger();

        assertThat(ledger.estimates()).extracting(Estimate::id).containsExactly("nis-e1ba00ea2b", "nis-b08719bfb0");
    }

    @Test
    void a_row_that_repeats_an_earlier_claim_names_the_row_and_what_else_differs() {
        assertThat(estimates(row("Source", "Metric", "Figure", "As of", "Note"),
                row("wikipedia", "killed", "3,155", "1863", "Fox"),
                row("wikipedia", "killed", "3155", "1863", "Busey and Martin")).problems()).containsExactly(
                        "Estimates:3: this row states the same claim as row 2 (source wikipedia, subject unspecified, "
                                + "metric killed, figure 3,155, as of 1863, reported 1863), so both would get the id "
                                + "\"wikipedia-abf1474f99\"; they differ only in Note (\"Fox\" and \"Busey and "
                                + "Martin\"): to keep both, give each an Id; otherwise delete one");
    }

    @Test
    void a_repeated_claim_lists_every_other_column_that_differs_with_long_values_cut() {
        String longNote = "n".repeat(41);
        assertThat(estimates(row("Source", "Metric", "Figure", "As of", "Basis", "Via", "Credibility", "Title",
                        "Publisher", "URL", "Quote", "Note", "Revises", "Id"),
                row("NIS", "killed", "1", "2025", "", "", "", "", "", "", "", "n".repeat(40), "", "r"),
                row("NIS", "killed", "2", "2025", "", "", "", "", "", "", "", "n".repeat(40)),
                row("NIS", "killed", "2", "2025", "increment", "AP", "2", "T", "P", "https://e.org", "Q", longNote,
                        "r"))
                .problems()).singleElement().asString().endsWith(
                        "; they differ only in Basis (\"cumulative\" and \"increment\"), Via (empty and \"AP\"), "
                                + "Credibility (empty and \"2\"), Citation title (empty and \"T\"), Publisher (empty "
                                + "and \"P\"), URL (empty and \"https://e.org\"), Quote (empty and \"Q\"), "
                                + "Note (\"" + "n".repeat(40) + "\" and \"" + "n".repeat(40) + "…\"), Revises (empty "
                                + "and \"r\"): to keep both, give each an Id; otherwise delete one");
    }

    @Test
    void two_rows_that_are_the_same_are_a_problem_that_says_to_delete_one() {
        assertThat(fourColumns(row("NIS", "killed", "300", "2025-01"), row("NIS", "killed", "300", "2025-01"))
                .problems()).containsExactly("Estimates:3: this row states the same claim as row 2 (source nis, "
                        + "subject unspecified, metric killed, figure 300, as of 2025-01, reported 2025-01), so both "
                        + "would get the id \"nis-e1ba00ea2b\"; the two rows are the same: delete one");
    }

    @Test
    void rows_with_their_own_ids_may_state_the_same_claim() {
        assertThat(estimates(row("Id", "Source", "Metric", "Figure", "As of"), row("a", "NIS", "killed", "300", "2025"),
                row("b", "NIS", "killed", "300", "2025")).read().ledger().estimates()).hasSize(2);
    }

    @Test
    void an_estimate_that_breaks_a_ledger_rule_is_a_problem_at_its_cell() {
        assertThat(estimates(row("Id", "Source", "Metric", "Figure", "As of", "Revises"),
                row("a", "NIS", "killed", "1", "2025-01", "z"),
                row("a", "NIS", "killed", "2", "2025-02")).problems()).containsExactlyInAnyOrder(
                        "Estimates:3:1 (Id): estimate id \"a\" is used more than once",
                        "Estimates:2:6 (Revises): estimate a revises \"z\", which is not in the ledger");
    }

    @Test
    void an_id_or_revision_that_cannot_be_an_estimates_is_a_problem_at_its_cell() {
        assertThat(estimates(row("Id", "Source", "Metric", "Figure", "As of", "Revises"),
                row("-a", "NIS", "killed", "1", "2025"),
                row("b", "NIS", "killed", "2", "2025", "c; c:correction"),
                row("d", "NIS", "killed", "3", "2025", "bad id"))
                .problems()).satisfiesExactly(
                        p -> assertThat(p).startsWith("Estimates:2:1 (Id): estimate id \"-a\" is not an id"),
                        p -> assertThat(p).isEqualTo("Estimates:3:6 (Revises): estimate b names the same revised "
                                + "estimate twice"),
                        p -> assertThat(p).startsWith("Estimates:4:6 (Revises): revised estimate id \"bad id\" is not "
                                + "an id"));
    }

    @Test
    void each_estimate_is_placed_at_the_cells_of_its_row() {
        PlacedLedger placed = estimates(row("Id", "Source", "Metric", "Figure", "As of"),
                row("a", "NIS", "killed", "1", "2025-01"),
                row(),
                row("b", "NIS", "killed", "2", "2025-02")).read();

        assertThat(placed.places().of(1, EstimateField.SOURCE)).hasToString("Estimates:4:2 (Source)");
        assertThat(placed.places().of(0, EstimateField.FIGURE)).hasToString("Estimates:2:4 (Figure)");
        assertThat(placed.places().of(1, EstimateField.NOTE)).hasToString("Estimates:4");
    }

    @Test
    void all_or_nothing_every_problem_of_every_table_in_table_order() {
        assertThat(fourColumns(row("", "killed", "1", "2025-01"), row("NIS", "killed", "2", "2025-01"))
                .table(TableImport.SOURCES, SOURCES_HEADER, row("nis", ""))
                .table(TableImport.SUBJECTS, row("Id", "Name"), row("", "x"))
                .problems()).extracting(p -> p.substring(0, p.indexOf(": "))).containsExactly(
                        "Sources:2:2 (Name)", "Subjects:2:1 (Id)", "Estimates:2:1 (Source)");
    }

    @Test
    void the_first_thousand_problems_are_listed_and_the_rest_counted() {
        Object[][] rows = new Object[1003][];
        rows[0] = ESTIMATES_HEADER;
        for (int i = 1; i < rows.length; i++) {
            rows[i] = row("NIS", "killed", "lots", "2025-01");
        }
        List<String> problems = estimates(rows).problems();

        assertThat(problems).hasSize(1001);
        assertThat(problems.get(999)).startsWith("Estimates:1001:3 (Figure): \"lots\" is not a figure");
        assertThat(problems.get(1000)).isEqualTo("file: and 2 more problems not listed; fix the ones above and import "
                + "again");
    }

    @Test
    void a_table_of_sources_subjects_and_metrics_alone_is_a_ledger_without_estimates_only_with_its_estimates_table() {
        Ledger ledger = estimates(ESTIMATES_HEADER)
                .table(TableImport.SOURCES, SOURCES_HEADER, row("nis", "NIS"))
                .table(TableImport.SUBJECTS, row("Id", "Name"), row("kursk", "Kursk"))
                .read().ledger();

        assertThat(ledger.sources()).containsExactly(Source.of("nis", "NIS", SourceKind.OTHER));
        assertThat(ledger.subjects()).containsExactly(new Subject("kursk", "Kursk"));
        assertThat(ledger.estimates()).isEmpty();
    }
}
