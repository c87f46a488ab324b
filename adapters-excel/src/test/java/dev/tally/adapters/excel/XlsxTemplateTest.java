package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.table.EstimateColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XlsxTemplateTest {

    private static final List<String> HEADERS = Arrays.stream(EstimateColumn.values()).map(c -> c.names().header())
            .toList();

    @TempDir
    Path dir;

    static Stream<Ledger> contexts() {
        return Stream.of(Ledger.empty(), SampleLedger.load());
    }

    /** The context without its estimates: what an unfilled template reads as. */
    private static Ledger choices(Ledger context) {
        Ledger.Builder choices = Ledger.builder();
        context.sources().forEach(choices::add);
        context.subjects().forEach(choices::add);
        return choices.build();
    }

    /** Opens the template, writes one row of values under the Estimates header with POI, and saves it. */
    private Path filledIn(Ledger context, Object... values) throws IOException {
        XSSFWorkbook workbook = Workbooks.open(Workbooks.template(context, dir.resolve("template.xlsx")));
        Sheets.row(workbook.getSheet("Estimates"), 1, values);
        return Workbooks.save(workbook, dir.resolve("filled.xlsx"));
    }

    @Test
    void the_format_offers_the_template_writer() {
        assertTrue(new XlsxFormat().templateWriter().isPresent());
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void the_template_opens_on_read_me_and_has_the_estimates_headers_sources_subjects_and_hidden_lists(Ledger context)
            throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(Workbooks.template(context, dir.resolve("t.xlsx")))) {
            assertEquals(List.of("Read me", "Estimates", "Sources", "Subjects", "Lists"),
                    IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList());
            assertEquals(0, workbook.getActiveSheetIndex());
            assertTrue(workbook.isSheetHidden(4));
            XSSFSheet estimates = workbook.getSheet("Estimates");
            assertEquals(HEADERS, Workbooks.shown(estimates, 0));
            assertEquals(List.of(), Workbooks.shown(estimates, 1), "no example among the estimates");
            assertEquals("EstimatesTable", estimates.getTables().get(0).getName());
            assertEquals(List.of("Id", "Name", "Kind", "Country", "Reliability"),
                    Workbooks.shown(workbook.getSheet("Sources"), 0));
            assertEquals(context.sources().stream().map(Source::id).toList(),
                    IntStream.rangeClosed(1, context.sources().size())
                            .mapToObj(i -> Workbooks.shown(workbook.getSheet("Sources"), i).get(0)).toList());
        }
    }

    @Test
    void the_metric_dropdown_lists_the_built_in_metrics_even_for_an_empty_context() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(Workbooks.template(Ledger.empty(), dir.resolve("t.xlsx")))) {
            List<String> dropdowns = workbook.getSheet("Estimates").getDataValidations().stream()
                    .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString() + " "
                            + v.getValidationConstraint().getFormula1()).toList();
            int metrics = MetricCatalog.builtIn().size();
            assertEquals(List.of("D2:D1048576 Lists!$B$2:$B$" + (metrics + 1)), dropdowns);
            XSSFSheet lists = workbook.getSheet("Lists");
            assertEquals(MetricCatalog.builtIn().stream().map(Metric::id).toList(), IntStream.rangeClosed(1, metrics)
                    .mapToObj(i -> lists.getRow(i).getCell(1).getStringCellValue()).toList());
        }
    }

    @Test
    void the_source_dropdown_lists_the_contexts_sources() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(Workbooks.template(SampleLedger.load(), dir.resolve("t.xlsx")))) {
            assertTrue(workbook.getSheet("Estimates").getDataValidations().stream()
                    .anyMatch(v -> v.getValidationConstraint().getFormula1().equals("Lists!$A$2:$A$4")));
        }
    }

    @Test
    void the_read_me_explains_every_column_and_the_figure_and_date_forms_and_shows_one_example_row()
            throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(Workbooks.template(Ledger.empty(), dir.resolve("t.xlsx")))) {
            XSSFSheet readMe = workbook.getSheet("Read me");
            List<String> lines = IntStream.rangeClosed(0, readMe.getLastRowNum())
                    .mapToObj(i -> String.join(" | ", Workbooks.shown(readMe, i))).toList();
            String text = String.join("\n", lines);
            HEADERS.forEach(h -> assertTrue(text.contains("\n" + h + ": "), h));
            Stream.of("4,700", "~4,700", "10,000–12,000", "at least 300", "up to 3,000", "2025-04-30", "2025-04",
                    "January 2025", "2025-01/2025-03").forEach(form -> assertTrue(text.contains(form), form));
            int header = lines.indexOf(String.join(" | ", HEADERS));
            assertEquals(readMe.getLastRowNum() - 1, header, "the example is the last row, under a header");
            List<String> example = Workbooks.shown(readMe, header + 1);
            assertEquals(List.of("nis-2025-04-casualties", "nis", "dprk-forces-russia", "casualties", "~4,700"),
                    example.subList(0, 5));
        }
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void an_unfilled_template_reads_as_the_contexts_sources_and_subjects_with_no_estimates(Ledger context)
            throws IOException {
        assertEquals(choices(context), Workbooks.read(Workbooks.template(context, dir.resolve("t.xlsx"))));
    }

    @Test
    void a_row_filled_into_a_template_with_the_sample_context_imports_as_exactly_that_estimate() throws IOException {
        Path filled = filledIn(SampleLedger.load(), "nis-2025-06-killed", "National Intelligence Service (South Korea)",
                "dprk-forces-russia", "KIA", "about 1,000", null, null, null, "2025-06", null, "2025-06-20");
        Estimate expected = Estimate.builder().id("nis-2025-06-killed").source("nis").subject("dprk-forces-russia")
                .metric("killed").quantity("about 1,000").asOf("2025-06").reported("2025-06-20").build();
        assertEquals(choices(SampleLedger.load()).with(expected), Workbooks.read(filled));
    }

    @Test
    void a_row_filled_into_a_template_with_an_empty_context_imports_with_its_source_made_from_the_name()
            throws IOException {
        Path filled = filledIn(Ledger.empty(), "rok-1", "South Korean military", "North Korean forces in Russia",
                "killed", "600", null, null, null, "2025-04");
        Ledger expected = Ledger.builder().add(Source.of("south-korean-military", "South Korean military",
                        SourceKind.OTHER))
                .add(new Subject("north-korean-forces-in-russia", "North Korean forces in Russia"))
                .add(Estimate.builder().id("rok-1").source("south-korean-military")
                        .subject("north-korean-forces-in-russia").metric("killed").quantity("600").asOf("2025-04")
                        .reported("2025-04").build())
                .build();
        assertEquals(expected, Workbooks.read(filled));
    }

    @Test
    void a_renamed_estimates_sheet_is_found_and_the_read_me_example_is_never_imported() throws IOException {
        XSSFWorkbook workbook = Workbooks.open(Workbooks.template(Ledger.empty(), dir.resolve("t.xlsx")));
        workbook.setSheetName(workbook.getSheetIndex("Estimates"), "My figures");
        assertEquals(Ledger.empty(), Workbooks.read(Workbooks.save(workbook, dir.resolve("renamed.xlsx"))));
    }

    @Test
    void the_template_leaves_the_stream_open() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new IllegalStateException("closed");
            }
        };
        new XlsxFormat().templateWriter().orElseThrow().writeTemplate(Ledger.empty(), out);
        assertTrue(out.size() > 0);
    }
}
