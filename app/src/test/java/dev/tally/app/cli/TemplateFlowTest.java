package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
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
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = book.getSheet("Estimates");
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : header) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        int next = header.getRowNum() + 1;
        for (Map<String, String> values : rows) {
            Row row = sheet.getRow(next) == null ? sheet.createRow(next) : sheet.getRow(next);
            values.forEach((heading, value) -> row.createCell(columns.get(heading)).setCellValue(value));
            next++;
        }
        try (OutputStream out = Files.newOutputStream(workbook)) {
            book.write(out);
        }
        book.close();
    }

    private Path libreOfficeCsv(Path workbook) throws IOException, InterruptedException {
        String soffice = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new AssertionError("soffice is not on the PATH; install LibreOffice with "
                        + "`apt-get install -y libreoffice-calc-nogui` (.ci/run does)"));
        Path out = Files.createDirectories(folder.resolve("csv"));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv", "--outdir", out.toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        return out.resolve("out.csv");
    }
}
