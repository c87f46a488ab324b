package dev.tally.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.spi.FormatOptions;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.LedgerFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UCDP GED 19.1 Myanmar events (see the README beside the data) import from the CSV file as UCDP publishes it,
 * all 42 columns, once its columns are mapped: one event an estimate, its deaths an increment from its start date to
 * its end date, UCDP the source and the reporting outlets the via. The two events whose figures cannot all be true
 * are named at their fields; without them, the CSV gives the ledger that a workbook of the same rows gives.
 */
class UcdpCsvTest {

    private static final String DATA = "ucdp-ged-19.1-myanmar-2015-2018.csv";
    private static final FormatOptions MAPPING = FormatOptions.of(Map.of(
            "column", List.of("As of=date_start/date_end", "Subject=conflict_name", "Via=source_office"),
            "value", List.of("Source=UCDP", "Metric=deaths", "Basis=increment")));

    @TempDir
    static Path dir;

    private static List<String> lines;
    private static Path published;

    @BeforeAll
    static void copyTheData() throws IOException {
        published = dir.resolve(DATA);
        try (InputStream in = Objects.requireNonNull(UcdpCsvTest.class.getResourceAsStream(DATA))) {
            Files.copy(in, published);
        }
        lines = Files.readAllLines(published, StandardCharsets.UTF_8);
    }

    @Test
    void the_published_file_is_refused_at_the_two_fields_that_cannot_both_be_true() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read("csv", published));

        assertThat(refused.problems().stream().map(Object::toString)).containsExactly(
                DATA + ":91:42 (high): the High 1 is below the Low 2; write the lower figure in Low and the higher "
                        + "in High",
                DATA + ":256:41 (best): the Best 0 lies outside its Low 1 and High 3; write a Best from the Low to "
                        + "the High");
        assertThat(lines.get(90)).startsWith("210317,");
        assertThat(lines.get(255)).startsWith("224479,");
    }

    @Test
    void the_other_events_import_with_their_low_best_high_and_dates_and_equal_the_workbook_of_the_same_rows()
            throws IOException {
        List<String> kept = lines.stream().filter(l -> !l.startsWith("210317,") && !l.startsWith("224479,")).toList();
        Path csv = dir.resolve("ucdp-375.csv");
        Files.write(csv, kept, StandardCharsets.UTF_8);

        Ledger fromCsv = read("csv", csv);
        Ledger fromWorkbook = read("xlsx", workbook(csv));

        assertThat(fromCsv).isEqualTo(fromWorkbook);
        assertThat(fromCsv.estimates()).hasSize(375);
        Map<String, List<String>> expected = expected(kept);
        assertThat(fromCsv.estimates().stream().collect(Collectors.toMap(Estimate::id, e -> List.of(
                Long.toString(e.quantity().low()), Long.toString(e.quantity().best().orElseThrow()),
                Long.toString(e.quantity().high().orElseThrow()), e.asOf().toText()))))
                .isEqualTo(expected);
        Estimate spanning = fromCsv.estimates().stream().filter(e -> e.asOf().start().isBefore(e.asOf().end()))
                .findFirst().orElseThrow();
        assertThat(spanning.source()).isEqualTo("ucdp");
        assertThat(spanning.metric()).isEqualTo("killed");
    }

    /** Each event's low, best, high and period, read from the CSV with Commons CSV, not the reader under test. */
    private static Map<String, List<String>> expected(List<String> csvLines) throws IOException {
        List<List<String>> records = records(String.join("\n", csvLines));
        List<String> header = records.get(0);
        int id = header.indexOf("id");
        int low = header.indexOf("low");
        int best = header.indexOf("best");
        int high = header.indexOf("high");
        int start = header.indexOf("date_start");
        int end = header.indexOf("date_end");
        return records.subList(1, records.size()).stream().collect(Collectors.toMap(r -> r.get(id), r -> List.of(
                r.get(low), r.get(best), r.get(high), r.get(start).equals(r.get(end)) ? r.get(start)
                        : r.get(start) + "/" + r.get(end))));
    }

    /** A workbook of the same rows: every field a text cell, the deaths number cells. */
    private static Path workbook(Path csv) throws IOException {
        List<List<String>> records = records(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> numbers = List.of("low", "best", "high");
        Path file = dir.resolve("ucdp-375.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("UCDP GED 19.1");
            for (int r = 0; r < records.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    String value = records.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && numbers.contains(records.get(0).get(c))) {
                        row.createCell(c).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static Ledger read(String format, Path file) throws IOException {
        LedgerFormat plugin = ServiceLoader.load(LedgerFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.descriptor().id().equals(format)).findFirst().orElseThrow();
        return plugin.reader().orElseThrow().readPlaced(file, MAPPING, notice -> { }).ledger();
    }

    /** The records of a CSV text, read by Commons CSV. */
    private static List<List<String>> records(String text) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(text)).stream().map(CSVRecord::toList).toList();
    }
}
