package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's round: {@code tally template}, two rows typed in (here with POI), {@code tally import},
 * {@code tally export} to a workbook with a table, dropdowns and a line chart, opened by LibreOffice.
 */
class TemplateFlowTest {

    @TempDir
    Path folder;

    @Test
    void a_filled_template_imports_and_exports_to_a_workbook_libreoffice_reads() throws Exception {
        Path template = folder.resolve("t.xlsx");
        Path ledger = folder.resolve("l.json");
        Path exported = folder.resolve("out.xlsx");

        assertThat(tally("template", template.toString()).out()).isEqualTo("Wrote a template to " + template + "\n");
        fill(template, List.of(
                Map.of("Source", "NIS", "Subject", "dprk-forces-russia", "Metric", "KIA", "Figure", "about 300",
                        "As of", "2025-01", "Reported", "2025-01"),
                Map.of("Source", "NIS", "Subject", "dprk-forces-russia", "Metric", "KIA", "Figure", "600",
                        "As of", "2025-04", "Reported", "2025-04")));

        CliRun imported = tally("import", template.toString(), "--into", ledger.toString());
        CliRun export = tally("export", ledger.toString(), "--to", exported.toString());

        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).startsWith("Imported into " + ledger + ": 2 added, 0 skipped");
        assertThat(export.exitCode()).isZero();
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet estimates = book.getSheet("Estimates");
            assertThat(estimates.getTables()).hasSize(1);
            assertThat(estimates.getDataValidations()).isNotEmpty();
            assertThat(book.getSheet("Chart").getDrawingPatriarch().getCharts()).extracting(XSSFChart::getCTChart)
                    .singleElement().satisfies(chart -> assertThat(chart.getPlotArea().getLineChartArray()).hasSize(1));
        }
        String csv = Files.readString(libreOfficeCsv(exported));
        assertThat(csv).contains("~300", "600", "killed", "2025-04");
    }

    /** Types rows under the Estimates header of a workbook, by column heading. */
    private static void fill(Path workbook, List<Map<String, String>> rows) throws IOException {
        EstimatesSheet.edit(workbook, (sheet, columns) -> {
            int next = sheet.getFirstRowNum() + 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.getRow(next) == null ? sheet.createRow(next) : sheet.getRow(next);
                values.forEach((heading, value) -> row.createCell(columns.get(heading)).setCellValue(value));
                next++;
            }
        });
    }

    private Path libreOfficeCsv(Path workbook) throws IOException, InterruptedException {
        return LibreOffice.convert(folder, "csv", workbook).resolve("out.csv");
    }
}
