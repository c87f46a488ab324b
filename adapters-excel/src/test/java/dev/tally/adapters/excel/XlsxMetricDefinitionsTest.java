package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A workbook's Metrics sheet may redefine a built-in metric; metric names that join metrics find their whole. */
class XlsxMetricDefinitionsTest {

    @TempDir
    Path dir;

    /** A workbook whose casualties are killed, wounded, missing and captured, with one estimate of the metric given. */
    private Path historians(String metric) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet metrics = workbook.createSheet("Metrics");
        Sheets.row(metrics, 0, "Id", "Name", "Unit", "Part of", "Cannot exceed", "Synonyms");
        Sheets.row(metrics, 1, "casualties", "Casualties (killed, wounded, missing or captured)", "people", null,
                "deployed", "losses");
        Sheets.row(metrics, 2, "missing", "Missing", "people", "casualties", null, "MIA");
        Sheets.row(metrics, 3, "captured", "Captured", "people", "casualties", null, "POW; prisoners");
        XSSFSheet estimates = workbook.createSheet("Estimates");
        Sheets.row(estimates, 0, "Source", "Metric", "Figure", "As of");
        Sheets.row(estimates, 1, "Fox", metric, "23,049", "1863-07");
        return Workbooks.save(workbook, dir.resolve("historians.xlsx"));
    }

    @Test
    void a_metrics_sheet_redefines_built_in_metrics_and_the_export_keeps_the_definitions() throws IOException {
        Ledger ledger = Workbooks.read(historians("losses"));

        assertEquals(List.of("casualties", "missing", "captured"),
                ledger.redefinedMetrics().stream().map(Metric::id).toList());
        assertEquals("casualties", ledger.estimates().get(0).metric());
        assertEquals(ledger, Workbooks.read(Workbooks.export(ledger, dir.resolve("again.xlsx"))));
    }

    static Stream<Arguments> joinedNames() {
        return Stream.of(
                Arguments.of("killed, wounded, missing and captured", "casualties"),
                Arguments.of("KIA/WIA/MIA/POW", "casualties"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("joinedNames")
    void a_metric_name_that_joins_metrics_finds_the_one_whose_parts_are_exactly_those(String name, String metric)
            throws IOException {
        assertEquals(metric, Workbooks.read(historians(name)).estimates().get(0).metric());
    }

    @Test
    void a_joined_name_that_no_metric_stands_for_gives_the_metrics_sheet_row_to_paste() throws IOException {
        assertEquals(List.of("Estimates!B2: \"killed and wounded\" joins the metrics killed, wounded, and no metric of "
                + "the ledger has exactly those parts; add this row to the Metrics sheet (Id, Name, Unit), ready to "
                + "paste: killed-wounded\tKilled and wounded\tpeople (its parts are killed, wounded: give each the "
                + "Part of killed-wounded if it belongs to no other whole)"),
                Workbooks.problems(historians("killed and wounded")));
    }
}
