package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.PlacedLedger;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private Ledger readSheet(String name, Object[]... rows) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet(name);
        for (int i = 0; i < rows.length; i++) {
            Sheets.row(sheet, i, rows[i]);
        }
        return Workbooks.read(Workbooks.save(Sheets.evaluate(workbook), dir.resolve("in.xlsx")));
    }

    /** A sheet named Estimates with the four required headers in row 1. */
    private static XSSFSheet estimatesSheet(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet("Estimates");
        Sheets.row(sheet, 0, "Source", "Metric", "Figure", "As of");
        return sheet;
    }

    private static Object[] r(Object... values) {
        return values;
    }

    @Test
    void header_below_title_and_blank_rows_is_found_and_synonyms_name_the_columns() throws IOException {
        Ledger ledger = readSheet("Estimates",
                r("North Korean losses"), r(), r("compiled by the desk"), r(),
                r("Reported by", "Measure", "Value", "Date", "Published", "Link", "Comment", "Supersedes", "Id"),
                r("NIS", "KIA", "about 300", "2025-01", "2025-01-15", "https://example.org", "briefing", null, "k1"),
                r(),
                r("South Korean military", "killed or injured", "~4,000", "February 2025", null, null, null, "k1", "c1"));

        assertEquals(List.of(Source.of("nis", "NIS", SourceKind.OTHER),
                Source.of("south-korean-military", "South Korean military", SourceKind.OTHER)), ledger.sources());
        assertEquals(List.of(new Subject("unspecified", "Unspecified subject")), ledger.subjects());
        Estimate first = ledger.estimate("k1").orElseThrow();
        assertEquals("killed", first.metric());
        assertEquals(Quantity.approximately(300), first.quantity());
        assertEquals(Period.parse("2025-01-15"), first.reported());
        assertEquals("https://example.org", first.citation().orElseThrow().url().orElseThrow());
        assertEquals("briefing", first.note().orElseThrow());
        Estimate second = ledger.estimate("c1").orElseThrow();
        assertEquals("casualties", second.metric());
        assertEquals(Period.parse("2025-02"), second.asOf());
        assertEquals(second.asOf(), second.reported());
        assertEquals(List.of("k1"), second.revisedIds());
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(1200, Quantity.exact(1200)),
                Arguments.of(new Sheets.Formula("1000+200"), Quantity.exact(1200)),
                Arguments.of("4,700", Quantity.exact(4700)),
                Arguments.of("~4,700", Quantity.approximately(4700)),
                Arguments.of("10,000–12,000", Quantity.range(10000, 12000)),
                Arguments.of("at least 300", Quantity.atLeast(300)),
                Arguments.of("up to 3,000", Quantity.atMost(3000)),
                Arguments.of("  '600  ", Quantity.exact(600)),
                Arguments.of(new Sheets.Formula("\"about \"&TEXT(2000,\"0\")"), Quantity.approximately(2000)));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void figure_cells_of_every_kind_read_as_the_quantity_they_state(Object cell, Quantity expected) throws IOException {
        Ledger ledger = readSheet("Estimates", r("Source", "Metric", "Figure", "As of"), r("nis", "killed", cell, "2025"));
        assertEquals(expected, ledger.estimates().get(0).quantity());
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of(LocalDate.of(2025, 4, 30), Period.parse("2025-04-30")),
                Arguments.of(new Sheets.FormattedDate(LocalDate.of(2025, 1, 1), "mmm yyyy"), Period.parse("2025-01")),
                Arguments.of(new Sheets.FormattedDate(LocalDate.of(2025, 1, 1), "yyyy"), Period.parse("2025")),
                Arguments.of(new Sheets.FormattedDate(LocalDate.of(2025, 3, 2), "d mmm yy"), Period.parse("2025-03-02")),
                Arguments.of(new Sheets.Formula("DATE(2025,4,30)"), Period.parse("2025-04-30")),
                Arguments.of(2024, Period.parse("2024")),
                Arguments.of("2025-01", Period.parse("2025-01")),
                Arguments.of("January 2025", Period.parse("2025-01")),
                Arguments.of("2025-01/2025-03", Period.parse("2025-01/2025-03")),
                Arguments.of(" 30 April 2025 ", Period.parse("2025-04-30")));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void date_cells_and_text_dates_read_as_the_period_they_state(Object cell, Period expected) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = estimatesSheet(workbook);
        Sheets.row(sheet, 1, "nis", "killed", 5, cell);
        if (cell instanceof Sheets.Formula) {
            sheet.getRow(1).getCell(3).setCellStyle(workbook.createCellStyle());
            sheet.getRow(1).getCell(3).getCellStyle().setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
        Ledger ledger = Workbooks.read(Workbooks.save(Sheets.evaluate(workbook), dir.resolve("p.xlsx")));
        assertEquals(expected, ledger.estimates().get(0).asOf());
    }

    @Test
    void dates_of_a_workbook_counting_from_1904_read_as_the_same_days() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        XSSFSheet sheet = estimatesSheet(workbook);
        Sheets.row(sheet, 1, "nis", "killed", 5, LocalDate.of(2025, 4, 30));
        Path file = Workbooks.save(workbook, dir.resolve("1904.xlsx"));
        assertTrue(new XSSFWorkbook(java.nio.file.Files.newInputStream(file)).isDate1904());
        assertEquals(Period.parse("2025-04-30"), Workbooks.read(file).estimates().get(0).asOf());
    }

    @Test
    void an_hxl_tag_row_under_the_header_wins_over_the_header_text() throws IOException {
        Ledger ledger = readSheet("Estimates",
                r("Who", "Reported", "How many", "Date"),
                r("#meta+source", "#date +as_of +asof", "#affected+killed", "#date+reported"),
                r("NIS", "2025-01", "300", "2025-02-03"));
        Estimate e = ledger.estimates().get(0);
        assertEquals("nis", e.source());
        assertEquals("killed", e.metric());
        assertEquals(Period.parse("2025-01"), e.asOf());
        assertEquals(Period.parse("2025-02-03"), e.reported());
    }

    @Test
    void a_merged_cell_gives_its_value_to_every_row_of_the_merged_area() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = estimatesSheet(workbook);
        Sheets.row(sheet, 1, "NIS", "killed", 300, "2025-01");
        Sheets.row(sheet, 2, null, "wounded", 2700, null);
        Sheets.row(sheet, 3, null, "missing", 10, null);
        sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
        sheet.addMergedRegion(CellRangeAddress.valueOf("D2:D4"));
        Ledger ledger = Workbooks.read(Workbooks.save(workbook, dir.resolve("merged.xlsx")));
        assertEquals(List.of("nis", "nis", "nis"), ledger.estimates().stream().map(Estimate::source).toList());
        assertEquals(List.of(Period.parse("2025-01"), Period.parse("2025-01"), Period.parse("2025-01")),
                ledger.estimates().stream().map(Estimate::asOf).toList());
    }

    @Test
    void merged_cells_fill_a_sheet_of_estimates_found_by_its_header_and_the_sources_sheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sources = workbook.createSheet("Sources");
        Sheets.row(sources, 0, "Id", "Name", "Kind");
        Sheets.row(sources, 1, "nis", "National Intelligence Service", "government");
        Sheets.row(sources, 2, "mod", null, "government");
        sources.addMergedRegion(CellRangeAddress.valueOf("B2:B3"));
        XSSFSheet data = workbook.createSheet("Figures");
        Sheets.row(data, 0, "Source", "Metric", "Count", "Period");
        Sheets.row(data, 1, "nis", "killed", 300, "2025-01");
        Sheets.row(data, 2, "mod", "wounded", 2700, null);
        data.addMergedRegion(CellRangeAddress.valueOf("D2:D3"));
        Ledger ledger = Workbooks.read(Workbooks.save(workbook, dir.resolve("merged-found.xlsx")));
        assertEquals(List.of(Period.parse("2025-01"), Period.parse("2025-01")),
                ledger.estimates().stream().map(Estimate::asOf).toList());
        assertEquals("National Intelligence Service", ledger.source("mod").orElseThrow().name());
    }

    @Test
    void a_problem_in_a_sheet_with_merged_cells_is_reported_once_at_its_cell() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = estimatesSheet(workbook);
        Sheets.row(sheet, 1, "nis", "killed", "lots", "2025-01");
        Sheets.row(sheet, 2, "nis", "wounded", 2700, null);
        sheet.addMergedRegion(CellRangeAddress.valueOf("D2:D3"));
        List<String> problems = Workbooks.problems(Workbooks.save(workbook, dir.resolve("merged-bad.xlsx")));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Estimates!C2"), problems.toString());
    }

    @Test
    void hidden_rows_and_columns_are_read() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = estimatesSheet(workbook);
        Sheets.row(sheet, 1, "nis", "killed", 300, "2025-01").setZeroHeight(true);
        Sheets.row(sheet, 2, "nis", "wounded", 2700, "2025-01");
        sheet.setColumnHidden(2, true);
        assertEquals(2, Workbooks.read(Workbooks.save(workbook, dir.resolve("hidden.xlsx"))).estimates().size());
    }

    @Test
    void the_first_sheet_with_a_header_of_estimates_is_read_when_none_is_named_estimates() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheets.row(workbook.createSheet("Read me"), 0, "This workbook lists figures; the Source of each is named.");
        Sheets.row(workbook.createSheet("Sheet2"), 2, "Source", "Metric");
        XSSFSheet data = workbook.createSheet("Figures");
        Sheets.row(data, 0, "Source", "Metric", "Count", "Period");
        Sheets.row(data, 1, "nis", "dead", 600, "2025-04");
        Ledger ledger = Workbooks.read(Workbooks.save(workbook, dir.resolve("first.xlsx")));
        assertEquals(Quantity.exact(600), ledger.estimates().get(0).quantity());
    }

    @Test
    void importing_the_same_workbook_twice_gives_the_same_generated_ids() throws IOException {
        Object[][] rows = {r("Source", "Subject", "Metric", "Figure", "As of"),
            r("Ministère des Armées", "Forces in Kursk", "killed", "600", "2025-04"),
            r("국가정보원", "Forces in Kursk", "wounded", "2,000", "2025-04")};
        Ledger first = readSheet("Estimates", rows);
        Ledger second = readSheet("Estimates", rows);
        assertEquals(first, second);
        assertEquals("ministere-des-armees", first.sources().get(0).id());
        assertTrue(first.sources().get(1).id().matches("source-[0-9a-f]{10}"), first.sources().get(1).id());
        assertEquals(List.of(new Subject("forces-in-kursk", "Forces in Kursk")), first.subjects());
        assertTrue(first.estimates().get(0).id().matches("ministere-des-armees-[0-9a-f]{10}"));
    }

    @Test
    void a_sources_sheet_names_the_sources_that_estimates_name_by_id_or_name() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet estimates = workbook.createSheet("Estimates");
        Sheets.row(estimates, 0, "Source", "Metric", "Figure", "As of");
        Sheets.row(estimates, 1, "National Intelligence Service", "killed", 300, "2025-01");
        Sheets.row(estimates, 2, "NIS", "killed", 600, "2025-04");
        XSSFSheet sources = workbook.createSheet("Sources");
        Sheets.row(sources, 0, "Id", "Name", "Kind", "Country", "Reliability");
        Sheets.row(sources, 1, "nis", "National Intelligence Service", "Intelligence", "kr", "b");
        Ledger ledger = Workbooks.read(Workbooks.save(workbook, dir.resolve("sources.xlsx")));
        assertEquals(List.of(Source.of("nis", "National Intelligence Service", SourceKind.INTELLIGENCE)
                .withCountry("KR").withReliability(dev.tally.core.model.Reliability.B)), ledger.sources());
        assertEquals(List.of("nis", "nis"), ledger.estimates().stream().map(Estimate::source).toList());
    }

    @Test
    void a_workbook_with_thousands_of_bad_cells_lists_the_first_thousand_problems_and_counts_the_rest()
            throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = estimatesSheet(workbook);
        for (int i = 1; i <= 1_005; i++) {
            Sheets.row(sheet, i, "nis", "killed", "many", "2025");
        }
        List<String> problems = Workbooks.problems(Workbooks.save(workbook, dir.resolve("many.xlsx")));
        assertEquals(1_001, problems.size());
        assertTrue(problems.get(0).startsWith("Estimates!C2: \"many\" is not a figure"), problems.get(0));
        assertEquals("file: and 5 more problems not listed; fix the ones above and import again", problems.get(1_000));
    }

    @Test
    void a_sheet_whose_hxl_tags_name_the_columns_is_found_even_when_its_headers_name_none() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheets.row(workbook.createSheet("Notes"), 0, "Figures from the January briefing");
        XSSFSheet data = workbook.createSheet("Data");
        Sheets.row(data, 0, "Casualty figures, January");
        Sheets.row(data, 1, "Who", "What", "How many", "When");
        Sheets.row(data, 2, "#org", "#meta +metric", "#affected", "#date");
        Sheets.row(data, 3, "NIS", "wounded", "~2,700", "2025-01");
        Estimate e = Workbooks.read(Workbooks.save(workbook, dir.resolve("hxl.xlsx"))).estimates().get(0);
        assertEquals("nis", e.source());
        assertEquals("wounded", e.metric());
        assertEquals(Quantity.approximately(2700), e.quantity());
        assertEquals(Period.parse("2025-01"), e.asOf());
    }

    @Test
    void a_file_larger_than_the_largest_workbook_is_refused_before_it_is_opened() throws IOException {
        Path huge = dir.resolve("huge.xlsx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Limits.MAX_WORKBOOK_BYTES + 1);
        }

        assertEquals(List.of("file: the file is 1,025 MB, more than the 1,024 MB a workbook may be; split the "
                + "estimates over several workbooks, or keep the ledger in JSON Lines"), Workbooks.problems(huge));
    }

    @Test
    void each_field_of_an_estimate_is_placed_at_its_cell_below_title_rows() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Figures");
        Sheets.row(sheet, 0, "North Korean losses");
        Sheets.row(sheet, 2, "Source", "Metric", "Note", "Figure", "As of");
        Sheets.row(sheet, 3, "NIS", "KIA", "briefing", "about 300", "2025-01");
        Sheets.row(sheet, 4, "NIS", "KIA", null, "600", "2025-04");

        PlacedLedger placed = new XlsxFormat().reader().orElseThrow()
                .readPlaced(Workbooks.save(workbook, dir.resolve("placed.xlsx")));

        assertEquals("Figures!D5", placed.places().of(1, EstimateField.FIGURE).toString());
        assertEquals("Figures!C4", placed.places().of(0, EstimateField.NOTE).toString());
        assertEquals("Figures!5", placed.places().of(1, EstimateField.REPORTED).toString(), "a column the sheet lacks");
    }
}
