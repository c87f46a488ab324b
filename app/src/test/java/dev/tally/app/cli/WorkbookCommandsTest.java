package dev.tally.app.cli;

import static dev.tally.app.cli.CliRun.tally;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.testing.ZipEntries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks through the command line: written by one command, read by POI and by the next command. */
class WorkbookCommandsTest {

    @TempDir
    Path folder;

    @Test
    void an_exported_ledger_is_a_workbook_with_a_table_dropdowns_and_a_line_chart() throws IOException {
        Path ledger = folder.resolve("ledger.json");
        Path workbook = folder.resolve("out.xlsx");
        tally("export", "--to", ledger.toString());

        CliRun run = tally("export", ledger.toString(), "--to", workbook.toString());

        assertThat(run.exitCode()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            XSSFSheet estimates = book.getSheet("Estimates");
            assertThat(estimates.getTables()).hasSize(1);
            assertThat(estimates.getDataValidations()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(book.getSheet("Chart").getDrawingPatriarch().getCharts())
                    .extracting(XSSFChart::getCTChart)
                    .anySatisfy(chart -> assertThat(chart.getPlotArea().getLineChartArray()).hasSize(1));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void every_workbook_the_commands_write_streams_entry_by_entry() throws IOException {
        Path ledger = folder.resolve("ledger.json");
        Path exported = folder.resolve("exported.xlsx");
        Path converted = folder.resolve("converted.xlsx");
        Path template = folder.resolve("template.xlsx");
        tally("export", "--to", ledger.toString());

        assertThat(tally("export", "--to", exported.toString()).exitCode()).isZero();
        assertThat(tally("convert", ledger.toString(), converted.toString()).exitCode()).isZero();
        assertThat(tally("template", template.toString()).exitCode()).isZero();

        for (Path workbook : new Path[] {exported, converted, template}) {
            assertThat(ZipEntries.assertStreamable(workbook)).as(workbook.toString()).contains("xl/workbook.xml");
        }
    }

    @Test
    void a_workbook_imports_into_a_json_ledger_equal_to_the_one_exported() throws IOException {
        Path workbook = folder.resolve("sample.xlsx");
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", workbook.toString());

        CliRun run = tally("import", workbook.toString(), "--into", ledger.toString());

        assertThat(run.out()).isEqualTo("Imported into " + ledger + ": 9 added, 0 skipped (already present), "
                + "0 revised; 9 estimates in all\n");
        assertThat(tally("summary", ledger.toString()).out().lines().skip(1).toList())
                .isEqualTo(tally("summary").out().lines().skip(1).toList());
    }

    @Test
    void a_ledger_with_a_note_longer_than_a_cell_is_refused_and_the_old_workbook_is_kept() throws IOException {
        Path ledger = folder.resolve("ledger.json");
        Path workbook = folder.resolve("out.xlsx");
        tally("export", "--to", ledger.toString());
        tally("export", "--to", workbook.toString());
        byte[] before = Files.readAllBytes(workbook);
        String json = Files.readString(ledger);
        Files.writeString(ledger, json.replaceFirst("\"note\": \"(?:[^\"\\\\]|\\\\.)*\"",
                "\"note\": \"" + "n".repeat(40_000) + "\""));

        CliRun run = tally("convert", ledger.toString(), workbook.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("tally: " + workbook + " cannot hold this ledger (1 problem):\n"
                + "  Estimates!R2: the Note of nis-2025-01-killed holds 40,000 characters, more than a spreadsheet "
                + "cell holds (32,767); shorten it, or keep this ledger in JSON\n");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ledger.json", "out.xlsx");
        }
    }

    @Test
    void a_template_of_a_ledger_whose_subject_name_is_longer_than_a_cell_is_refused() throws IOException {
        Path ledger = folder.resolve("ledger.json");
        tally("export", "--to", ledger.toString());
        Files.writeString(ledger, Files.readString(ledger).replaceFirst(
                "(\"subjects\": \\[\\s*\\{\\s*\"id\": \"[^\"]*\",\\s*\"name\": \")[^\"]*\"",
                "$1" + "s".repeat(40_000) + "\""));
        Path template = folder.resolve("template.xlsx");

        CliRun run = tally("template", template.toString(), "--ledger", ledger.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("tally: " + template + " cannot hold this ledger (1 problem):\n"
                + "  Subjects!B2: the Name of dprk-forces-russia holds 40,000 characters, more than a spreadsheet "
                + "cell holds (32,767); shorten it, or keep this ledger in JSON\n");
        assertThat(template).doesNotExist();
    }

    @Test
    void an_export_as_known_at_a_date_reconciles_and_checks_what_was_known_then_and_keeps_every_estimate()
            throws IOException {
        Path february = folder.resolve("february.xlsx");
        Path everything = folder.resolve("everything.xlsx");

        CliRun run = tally("export", "--to", february.toString(), "--as-known-at", "2025-02");
        tally("export", "--to", everything.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Wrote 9 estimates to " + february + "\n");
        try (XSSFWorkbook then = new XSSFWorkbook(Files.newInputStream(february));
             XSSFWorkbook now = new XSSFWorkbook(Files.newInputStream(everything))) {
            assertThat(reconciledCasualties(then)).containsExactly("dprk-forces-russia", "casualties", "4,000", "4,000",
                    "4,000", "1.00", "rok-military", "rok-military-2025-02-casualties");
            assertThat(reconciledCasualties(now).get(7)).contains("nis-2025-04-casualties");
            assertThat(then.getSheet("Reconciled").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Reconciled from the estimates known at 2025-02-28 (reported in a period ended by then)");
            assertThat(then.getSheet("Checks").getRow(0).getCell(0).getStringCellValue())
                    .contains("the estimates known at 2025-02-28");
            assertThat(then.getSheet("Estimates").getLastRowNum()).isEqualTo(9)
                    .isEqualTo(now.getSheet("Estimates").getLastRowNum());
        }
    }

    /** The Reconciled sheet's row of casualties, as a spreadsheet shows it. */
    private static List<String> reconciledCasualties(XSSFWorkbook book) {
        DataFormatter shown = new DataFormatter(Locale.ENGLISH);
        for (Row row : book.getSheet("Reconciled")) {
            if (row.getCell(1) != null && "casualties".equals(shown.formatCellValue(row.getCell(1)))) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(shown.formatCellValue(cell)));
                return cells;
            }
        }
        throw new AssertionError("no row of casualties on the Reconciled sheet");
    }
}
