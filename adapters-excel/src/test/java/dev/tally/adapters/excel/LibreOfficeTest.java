package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.table.EstimateColumn;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks exported workbooks against a spreadsheet program that is not POI: LibreOffice. The
 * program must be installed ({@code apt-get install -y libreoffice-calc-nogui}); without it these
 * tests fail rather than skip. Also reads workbooks that LibreOffice wrote, checked in.
 */
class LibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreoffice_converts_the_exported_estimates_to_csv_with_every_figure_intact() throws Exception {
        Ledger ledger = Ledgers.everyField();
        Path csv = soffice("csv:Text - txt - csv (StarCalc):44,34,76,1", Workbooks.export(ledger, dir.resolve("e.xlsx")),
                "csv");
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals(Arrays.stream(EstimateColumn.values()).map(c -> c.names().header()).toList(), header);
        for (int i = 0; i < ledger.estimates().size(); i++) {
            Estimate e = ledger.estimates().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(e.id(), row.get(EstimateColumn.ID.ordinal()));
            assertEquals(e.quantity().toDisplayText(), row.get(EstimateColumn.FIGURE.ordinal()));
            assertEquals(grouped(e.quantity().low()), row.get(EstimateColumn.LOW.ordinal()));
            assertEquals(e.quantity().best().stream().mapToObj(LibreOfficeTest::grouped).findFirst().orElse(""),
                    row.get(EstimateColumn.BEST.ordinal()));
            assertEquals(e.quantity().high().stream().mapToObj(LibreOfficeTest::grouped).findFirst().orElse(""),
                    row.get(EstimateColumn.HIGH.ordinal()));
            assertEquals(e.asOf().toText(), row.get(EstimateColumn.AS_OF.ordinal()));
            assertEquals(e.reported().toText(), row.get(EstimateColumn.REPORTED.ordinal()));
            assertEquals(e.note().orElse(""), row.get(EstimateColumn.NOTE.ordinal()));
        }
    }

    @Test
    void a_workbook_libreoffice_saves_again_reads_back_to_the_same_ledger() throws Exception {
        Path resaved = soffice("xlsx", Workbooks.export(SampleLedger.load(), dir.resolve("sample.xlsx")), "xlsx");
        assertEquals(SampleLedger.load(), Workbooks.read(resaved));
    }

    @Test
    void escaped_text_survives_libreoffice_saving_the_workbook_again() throws Exception {
        Ledger ledger = SampleLedger.load().with(Estimate.builder().id("escapes").source("nis")
                .subject("dprk-forces-russia").metric("killed").quantity("5").asOf("2025-01").reported("2025-02")
                .note("literal _x0041_ and _x005F_, a bell \u0007 and an escape \u001b").build());

        Path resaved = soffice("xlsx", Workbooks.export(ledger, dir.resolve("escapes.xlsx")), "xlsx");

        assertEquals(ledger, Workbooks.read(resaved));
    }

    @Test
    void libreoffice_shows_the_reconciled_figures_of_the_sample() throws Exception {
        Path all = convert("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                Workbooks.export(SampleLedger.load(), dir.resolve("sample.xlsx")), "sample-Reconciled.csv");
        List<List<String>> rows = parseCsv(Files.readString(all, StandardCharsets.UTF_8));
        assertEquals(List.of("Subject", "Metric", "Low", "Best", "High", "Spread", "Sources", "Estimates"), rows.get(1));
        assertTrue(rows.contains(List.of("dprk-forces-russia", "deployed", "13,000", "14,000", "15,000", "1.15",
                "us-kr-ua-officials", "officials-2024-deployed; rok-military-2025-deployed")), rows.toString());
    }

    @Test
    void a_template_filled_in_and_saved_by_libreoffice_reads_as_exactly_the_row_written() throws Exception {
        XSSFWorkbook template = Workbooks.open(Workbooks.template(SampleLedger.load(), dir.resolve("template.xlsx")));
        Sheets.row(template.getSheet("Estimates"), 1, "rok-1", "rok-military", "dprk-forces-russia", "POW", "2",
                null, null, null, "2025-01");
        Path resaved = soffice("xlsx", Workbooks.save(template, dir.resolve("filled.xlsx")), "xlsx");
        Estimate expected = Estimate.builder().id("rok-1").source("rok-military").subject("dprk-forces-russia")
                .metric("captured").quantity("2").asOf("2025-01").reported("2025-01").build();
        Ledger.Builder choices = Ledger.builder();
        SampleLedger.load().sources().forEach(choices::add);
        SampleLedger.load().subjects().forEach(choices::add);
        assertEquals(choices.add(expected).build(), Workbooks.read(resaved));
    }

    @Test
    void the_checked_in_sample_that_libreoffice_saved_reads_as_the_sample_ledger() throws Exception {
        assertEquals(SampleLedger.load(), Workbooks.read(fixture("sample-resaved.xlsx")));
    }

    @Test
    void an_analysts_csv_that_libreoffice_turned_into_a_workbook_reads_with_its_date_and_number_cells()
            throws Exception {
        Ledger ledger = Workbooks.read(fixture("analyst-from-csv.xlsx"));
        assertEquals(List.of("nis", "south-korean-military"), ledger.sources().stream().map(s -> s.id()).toList());
        Estimate first = ledger.estimates().get(0);
        assertEquals(Quantity.approximately(300), first.quantity());
        assertEquals(Period.parse("2025-01"), first.asOf());
        assertEquals(Period.parse("2025-01-15"), first.reported());
        Estimate second = ledger.estimates().get(1);
        assertEquals("casualties", second.metric());
        assertEquals(Quantity.exact(4000), second.quantity());
        assertEquals(Period.parse("2025-02-01"), second.asOf(), "LibreOffice stores February 2025 as the day 02/01/25");
        assertEquals(Period.parse("2025-04-30"), ledger.estimates().get(2).asOf());
    }

    /** Issue 12: LibreOffice holds a day before 1900 as a negative serial (1863-07-01 is -13331). */
    @Test
    void a_workbook_libreoffice_wrote_with_1863_date_cells_reads_with_the_right_days() throws Exception {
        Path csv = Files.writeString(dir.resolve("gettysburg.csv"), "Source,Metric,Figure,As of,Reported\n"
                + "Fox,killed,3155,1863-07-03,1889-01-01\n"
                + "Official Records,casualties,\"23,049\",1863-07-01,1880-06-15\n"
                + "Busey,captured,5365,1863-12-31,1899-12-29\n", StandardCharsets.UTF_8);
        Path workbook = convert("xlsx", csv, "gettysburg.xlsx");

        Ledger ledger = Workbooks.read(workbook);

        assertEquals(List.of(Period.parse("1863-07-03"), Period.parse("1863-07-01"), Period.parse("1863-12-31")),
                ledger.estimates().stream().map(Estimate::asOf).toList());
        assertEquals(List.of(Period.parse("1889-01-01"), Period.parse("1880-06-15"), Period.parse("1899-12-29")),
                ledger.estimates().stream().map(Estimate::reported).toList());
        assertTrue(sheetXml(workbook).contains("<v>-13331</v>"), "LibreOffice wrote 1863-07-01 as -13331");
    }

    /** The XML of the workbook's first sheet. */
    private static String sheetXml(Path workbook) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(LibreOfficeTest.class.getResource("libreoffice/" + name)).toURI());
    }

    /** Converts a file with LibreOffice in a private profile and returns the converted file. */
    private Path soffice(String filter, Path input, String extension) throws IOException, InterruptedException {
        return convert(filter, input, input.getFileName().toString().replaceFirst("\\.xlsx$", "." + extension));
    }

    /** Converts a file with LibreOffice and returns the file of that name it wrote (CSV of every sheet: one a sheet). */
    private Path convert(String filter, Path input, String name) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Process process = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", filter, "--outdir", out.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting " + input.getFileName());
        }
        Path converted = out.resolve(name);
        assertTrue(Files.exists(converted), "LibreOffice wrote no " + converted.getFileName() + ": "
                + Files.readString(dir.resolve("soffice.log")));
        return converted;
    }

    private static String soffice() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(p -> Path.of(p, "soffice")).filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseGet(() -> fail("soffice is not on the PATH; install LibreOffice with "
                        + "`apt-get install -y libreoffice-calc-nogui` (.ci/run does)"));
    }

    private static String grouped(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** Reads RFC 4180 CSV with Commons CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).stream().map(CSVRecord::toList).toList();
    }
}
