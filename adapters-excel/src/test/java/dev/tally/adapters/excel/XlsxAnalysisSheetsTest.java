package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.sample.SampleLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxAnalysisSheetsTest {

    private static final String FORCES = "dprk-forces-russia";

    @TempDir
    Path dir;

    /** A ledger of NIS figures about North Korean forces for April 2025: id, metric and figure, in threes. */
    private static Ledger nisInApril(String... figures) {
        Ledger.Builder ledger = Ledger.builder().add(Source.of("nis", "NIS", SourceKind.INTELLIGENCE))
                .add(new Subject(FORCES, "North Korean forces in Russia"));
        for (int i = 0; i < figures.length; i += 3) {
            ledger.add(Estimate.builder().id(figures[i]).source("nis").subject(FORCES).metric(figures[i + 1])
                    .quantity(figures[i + 2]).asOf("2025-04").reported("2025-04").build());
        }
        return ledger.build();
    }

    /** Killed 5,000 and casualties 4,700, from one source for one month: the part exceeds the whole. */
    private static Ledger killedAboveCasualties() {
        return nisInApril("nis-killed", "killed", "5,000", "nis-casualties", "casualties", "4,700");
    }

    private XSSFWorkbook exported(Ledger ledger, String name) throws IOException {
        return Workbooks.open(Workbooks.export(ledger, dir.resolve(name)));
    }

    /** The rows of a table below its header, as shown. */
    private static List<List<String>> rows(XSSFSheet sheet) {
        XSSFTable table = sheet.getTables().get(0);
        List<List<String>> rows = new ArrayList<>();
        IntStream.rangeClosed(table.getStartRowIndex() + 1, table.getEndRowIndex())
                .mapToObj(i -> Workbooks.shown(sheet, i)).filter(r -> r.stream().anyMatch(c -> !c.isEmpty()))
                .forEach(rows::add);
        return rows;
    }

    @Test
    void the_reconciled_sheet_shows_each_subject_and_metric_with_its_low_best_high_spread_sources_and_estimates()
            throws IOException {
        try (XSSFWorkbook workbook = exported(SampleLedger.load(), "sample.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Reconciled");
            List<String> deployed = rows(sheet).stream().filter(r -> r.get(1).equals("deployed")).findFirst()
                    .orElseThrow();
            assertEquals(List.of(FORCES, "deployed", "13,000", "14,000", "15,000", "1.15", "us-kr-ua-officials",
                    "officials-2024-deployed; rok-military-2025-deployed"), deployed);
            int row = rows(sheet).indexOf(deployed) + 2;
            assertEquals(13_000, sheet.getRow(row).getCell(ReconciledColumn.LOW.ordinal()).getNumericCellValue());
            assertEquals("0.00", sheet.getRow(row).getCell(ReconciledColumn.SPREAD.ordinal()).getCellStyle()
                    .getDataFormatString());
        }
    }

    @Test
    void the_reconciled_sheet_is_a_table_under_a_title_saying_what_is_known_with_a_frozen_header() throws IOException {
        try (XSSFWorkbook workbook = exported(SampleLedger.load(), "sample.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Reconciled");
            assertTrue(Workbooks.shown(sheet, 0).get(0).startsWith("Reconciled from every estimate in the ledger, "
                    + "whenever reported"), Workbooks.shown(sheet, 0).get(0));
            assertEquals(List.of("Subject", "Metric", "Low", "Best", "High", "Spread", "Sources", "Estimates"),
                    Workbooks.shown(sheet, 1));
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
            XSSFTable table = sheet.getTables().get(0);
            assertEquals("ReconciledTable", table.getName());
            assertEquals("A2:H" + (2 + rows(sheet).size()), table.getArea().formatAsString());
        }
    }

    @Test
    void exporting_a_ledger_twice_gives_the_same_reconciled_and_checks_sheets() throws IOException {
        try (XSSFWorkbook first = exported(SampleLedger.load(), "first.xlsx");
             XSSFWorkbook second = exported(SampleLedger.load(), "second.xlsx")) {
            for (String name : List.of("Reconciled", "Checks")) {
                XSSFSheet a = first.getSheet(name);
                XSSFSheet b = second.getSheet(name);
                assertEquals(a.getLastRowNum(), b.getLastRowNum());
                IntStream.rangeClosed(0, a.getLastRowNum())
                        .forEach(i -> assertEquals(Workbooks.shown(a, i), Workbooks.shown(b, i)));
            }
        }
    }

    @Test
    void the_checks_sheet_lists_a_part_that_exceeds_its_whole_as_an_error_naming_both_estimates() throws IOException {
        try (XSSFWorkbook workbook = exported(killedAboveCasualties(), "killed.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Checks");
            assertEquals("1 error and 0 warnings from the standard checks of every estimate in the ledger, whenever "
                    + "reported.", Workbooks.shown(sheet, 0).get(0));
            assertEquals(List.of("Rule", "Severity", "Message", "Estimates"), Workbooks.shown(sheet, 1));
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("ChecksTable", sheet.getTables().get(0).getName());
            List<List<String>> rows = rows(sheet);
            assertEquals(1, rows.size(), rows.toString());
            List<String> finding = rows.get(0);
            assertEquals(List.of("part-exceeds-whole", "error", "nis-killed; nis-casualties"),
                    List.of(finding.get(0), finding.get(1), finding.get(3)));
            assertTrue(finding.get(2).contains("(nis-killed) exceeds casualties 4,700 (nis-casualties)"), finding.get(2));
        }
    }

    @Test
    void without_findings_the_checks_table_is_empty_under_a_line_saying_no_problems_were_found() throws IOException {
        Ledger clean = nisInApril("nis-killed", "killed", "600");
        try (XSSFWorkbook workbook = exported(clean, "clean.xlsx")) {
            XSSFSheet sheet = workbook.getSheet("Checks");
            assertTrue(Workbooks.shown(sheet, 0).get(0).startsWith("No problems found"));
            assertEquals(List.of(), rows(sheet));
            assertEquals("A2:D3", sheet.getTables().get(0).getArea().formatAsString());
        }
    }

    @Test
    void an_unbounded_figure_leaves_high_and_spread_empty_and_the_ledger_still_exports_whole() throws IOException {
        Ledger ledger = nisInApril("nis-deployed", "deployed", "at least 10,000", "nis-casualties", "casualties",
                "4,700");
        Path file = Workbooks.export(ledger, dir.resolve("unbounded.xlsx"));
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertEquals(List.of(FORCES, "deployed", "10,000", "10,000", "", "", "nis", "nis-deployed"),
                    rows(workbook.getSheet("Reconciled")).get(1));
            assertEquals(List.of(), rows(workbook.getSheet("Checks")));
        }
        assertEquals(ledger, Workbooks.read(file));
    }

    @Test
    void the_reconciled_and_checks_sheets_are_not_read_back() throws IOException {
        Ledger ledger = killedAboveCasualties();
        assertEquals(ledger, Workbooks.read(Workbooks.export(ledger, dir.resolve("killed.xlsx"))));
    }

    @Test
    void a_renamed_estimates_sheet_is_found_after_the_reconciled_and_checks_sheets() throws IOException {
        Ledger ledger = killedAboveCasualties();
        XSSFWorkbook workbook = exported(ledger, "renamed.xlsx");
        workbook.setSheetOrder("Estimates", workbook.getSheetIndex("Checks"));
        workbook.setSheetName(workbook.getSheetIndex("Estimates"), "Figures");
        assertEquals(ledger, Workbooks.read(Workbooks.save(workbook, dir.resolve("figures.xlsx"))));
    }

    @Test
    void a_cell_lists_as_many_ids_as_it_holds_then_how_many_more_there_are() {
        List<String> ids = IntStream.range(0, 5_000).mapToObj(i -> "estimate-" + i).toList();
        String text = AnalysisSheets.joined(ids);
        assertTrue(text.length() <= Limits.MAX_CELL_CHARACTERS);
        assertTrue(text.startsWith("estimate-0; estimate-1; "));
        assertTrue(text.matches(".*; estimate-[0-9]+; and [0-9,]+ more"), text.substring(text.length() - 40));
        assertEquals("a; b", AnalysisSheets.joined(List.of("a", "b")));
    }
}
