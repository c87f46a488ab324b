package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Ledger;
import dev.tally.core.table.EstimateColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook workbook;
    private XSSFSheet estimates;

    @BeforeEach
    void export() throws IOException {
        Ledger ledger = Ledgers.everyField();
        workbook = new XSSFWorkbook(Files.newInputStream(Workbooks.export(ledger, dir.resolve("every.xlsx"))));
        estimates = workbook.getSheet("Estimates");
    }

    private XSSFCell cell(int row, EstimateColumn column) {
        return estimates.getRow(row).getCell(column.ordinal());
    }

    @Test
    void the_workbook_has_the_data_sheets_then_reconciled_and_checks_and_a_hidden_list_sheet() {
        List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
        assertEquals(List.of("Estimates", "Sources", "Subjects", "Metrics", "Reconciled", "Checks", "Lists", "Chart"),
                names);
        assertTrue(workbook.isSheetHidden(6));
        assertEquals("detained", workbook.getSheet("Metrics").getRow(1).getCell(0).getStringCellValue());
    }

    @Test
    void the_estimates_are_an_excel_table_with_filter_buttons_and_banded_rows() {
        XSSFTable table = estimates.getTables().get(0);
        assertEquals("A1:S6", table.getArea().formatAsString());
        assertEquals("A1:S6", table.getCTTable().getAutoFilter().getRef());
        assertTrue(table.getStyle().isShowRowStripes());
        assertEquals(Arrays.stream(EstimateColumn.values()).map(c -> c.names().header()).toList(),
                table.getColumns().stream().map(c -> c.getName()).toList());
    }

    @Test
    void the_header_row_is_frozen_and_columns_are_fitted() {
        assertEquals(1, estimates.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(estimates.getColumnWidth(EstimateColumn.QUOTE.ordinal()) > estimates.getColumnWidth(
                EstimateColumn.BASIS.ordinal()));
    }

    @Test
    void source_and_metric_cells_offer_dropdowns_of_the_ledgers_ids() {
        List<String> lists = estimates.getDataValidations().stream()
                .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString() + " " + v.getValidationConstraint()
                        .getFormula1()).sorted().toList();
        assertEquals(List.of("B2:B1048576 Lists!$A$2:$A$3", "D2:D1048576 Lists!$B$2:$B$10"), lists);
        assertTrue(estimates.getDataValidations().stream()
                .allMatch(v -> v.getErrorStyle() == DataValidation.ErrorStyle.WARNING));
    }

    @Test
    void days_are_date_cells_figures_have_thousands_separators_and_urls_are_links() {
        XSSFCell asOf = cell(1, EstimateColumn.AS_OF);
        assertTrue(DateUtil.isCellDateFormatted(asOf));
        assertEquals(LocalDate.of(2025, 4, 30), asOf.getLocalDateTimeCellValue().toLocalDate());
        assertEquals(CellType.STRING, cell(3, EstimateColumn.AS_OF).getCellType());
        assertEquals("2025-05", cell(3, EstimateColumn.AS_OF).getStringCellValue());
        assertEquals(1_234_567, cell(1, EstimateColumn.LOW).getNumericCellValue());
        assertEquals("#,##0", cell(1, EstimateColumn.LOW).getCellStyle().getDataFormatString());
        assertEquals("1,234,567", cell(1, EstimateColumn.FIGURE).getStringCellValue());
        assertEquals(null, cell(2, EstimateColumn.HIGH), "an open-ended figure has no high");
        assertEquals("https://example.org/a?b=1&c=2", cell(1, EstimateColumn.URL).getHyperlink().getAddress());
        assertEquals("a:correction", cell(2, EstimateColumn.REVISES).getStringCellValue());
        assertEquals("b:update:update", cell(3, EstimateColumn.REVISES).getStringCellValue());
    }

    @Test
    void the_chart_sheet_holds_a_line_chart_for_each_subject_and_metric_with_more_than_one_point() throws IOException {
        Path file = Workbooks.export(dev.tally.core.sample.SampleLedger.load(), dir.resolve("sample.xlsx"));
        try (XSSFWorkbook sample = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals("Chart", sample.getSheetName(sample.getNumberOfSheets() - 1));
            assertEquals(0, sample.getActiveSheetIndex());
            List<String> titles = sample.getSheet("Chart").getDrawingPatriarch().getCharts().stream()
                    .peek(c -> assertEquals(1, c.getCTChart().getPlotArea().getLineChartArray().length))
                    .map(c -> c.getTitleText().getString()).toList();
            assertEquals(List.of("North Korean forces in Russia: Killed",
                    "North Korean forces in Russia: Casualties (killed or wounded)",
                    "North Korean forces in Russia: Deployed"), titles);
        }
    }
}
