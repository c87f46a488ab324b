package dev.tally.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;
import dev.tally.core.spi.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real event data with a best value of its own inside bounds: every Myanmar event of UCDP GED 19.1 (2015–2018, see
 * the README beside the data), made into a workbook as an analyst would (Low, Best and High columns, no Figure
 * column), imports with each event's low, best and high, and keeps them through .json, .jsonl and .xlsx. Two events
 * of the 377 state figures that cannot all be true (a high below its low, a best below its low); the import names
 * both cells, and the other 375 events import.
 */
class UcdpEventsTest {

    private static final String DATA = "ucdp-ged-19.1-myanmar-2015-2018.tsv";

    /** One UCDP event: its id, conflict, dates, outlets, and low, best and high deaths. */
    record Event(String id, String conflict, LocalDate start, LocalDate end, String outlets, long low, long best,
                 long high) {

        static Event of(String line) {
            String[] f = line.split("\t", -1);
            return new Event(f[0], f[1], LocalDate.parse(f[3]), LocalDate.parse(f[4]), f[5], Long.parseLong(f[6]),
                    Long.parseLong(f[7]), Long.parseLong(f[8]));
        }

        String estimateId() {
            return "ucdp-" + id;
        }

        List<Long> lowBestHigh() {
            return List.of(low, best, high);
        }
    }

    private static List<Event> all;
    private static List<Event> events;
    private static Ledger imported;

    @BeforeAll
    static void importTheEvents() throws IOException {
        try (InputStream in = Objects.requireNonNull(UcdpEventsTest.class.getResourceAsStream(DATA))) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(Event::of).toList();
        }
        events = all.stream().filter(e -> e.low() <= e.best() && e.best() <= e.high()).toList();
        imported = PluginFormats.read("xlsx", workbook(events));
    }

    @Test
    void the_two_events_whose_figures_cannot_all_be_true_are_named_at_their_cells() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PluginFormats.read("xlsx", workbook(all)));

        assertThat(refused.problems().stream().map(Object::toString)).containsExactly(
                "'UCDP GED 19.1 Myanmar'!G78: the High 1 is below the Low 2; write the lower figure in Low and the "
                        + "higher in High",
                "'UCDP GED 19.1 Myanmar'!F222: the Best 0 lies outside its Low 1 and High 3; write a Best from the "
                        + "Low to the High");
        assertThat(all.stream().filter(e -> !events.contains(e)).map(Event::id)).containsExactly("210317", "224479");
    }

    /** The workbook an analyst makes of the events: one row an event, its deaths an increment within its dates. */
    private static byte[] workbook(List<Event> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("UCDP GED 19.1 Myanmar");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue("UCDP Georeferenced Event Dataset 19.1, CC BY 4.0");
            List<String> headers = List.of("Id", "Source", "Subject", "Metric", "Low", "Best", "High", "As of", "Basis",
                    "Via");
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int i = 0; i < rows.size(); i++) {
                Event e = rows.get(i);
                Row row = sheet.createRow(i + 3);
                row.createCell(0).setCellValue(e.estimateId());
                row.createCell(1).setCellValue("UCDP");
                row.createCell(2).setCellValue(e.conflict());
                row.createCell(3).setCellValue("deaths");
                row.createCell(4).setCellValue(e.low());
                row.createCell(5).setCellValue(e.best());
                row.createCell(6).setCellValue(e.high());
                if (e.start().equals(e.end())) {
                    row.createCell(7).setCellValue(e.start());
                    row.getCell(7).setCellStyle(day);
                } else {
                    row.createCell(7).setCellValue(e.start() + "/" + e.end());
                }
                row.createCell(8).setCellValue("increment");
                if (!e.outlets().isEmpty()) {
                    row.createCell(9).setCellValue(e.outlets());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, List<Long>> lowBestHigh(Ledger ledger) {
        return ledger.estimates().stream().collect(Collectors.toMap(Estimate::id, e -> List.of(e.quantity().low(),
                e.quantity().best().orElseThrow(), e.quantity().high().orElseThrow())));
    }

    @Test
    void every_event_imports_with_its_own_low_best_and_high() {
        Map<String, List<Long>> expected = events.stream()
                .collect(Collectors.toMap(Event::estimateId, Event::lowBestHigh));

        assertThat(all).hasSize(377);
        assertThat(events).hasSize(375);
        assertThat(lowBestHigh(imported)).isEqualTo(expected);
    }

    @Test
    void an_event_whose_best_is_not_the_midpoint_keeps_its_best() {
        long offMidpoint = events.stream()
                .filter(e -> e.low() < e.high() && e.best() != Quantity.range(e.low(), e.high()).best().getAsLong())
                .count();

        assertThat(offMidpoint).isEqualTo(115);
        assertThat(imported.estimate("ucdp-209980").orElseThrow().quantity()).isEqualTo(Quantity.bestWithin(1, 1, 30));
        assertThat(imported.estimates().stream().filter(e -> e.quantity().form() == Quantity.Form.BEST_INSIDE_BOUNDS))
                .hasSize(events.stream().filter(e -> e.low() < e.high()).toList().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl", "xlsx"})
    void every_event_keeps_its_low_best_and_high_through_each_format(String format) throws IOException {
        Ledger back = PluginFormats.read(format, PluginFormats.write(format, imported));

        assertThat(lowBestHigh(back)).isEqualTo(lowBestHigh(imported));
        assertThat(back).isEqualTo(imported);
    }

    @Test
    void the_events_survive_json_then_xlsx_then_jsonl_in_a_row() throws IOException {
        Ledger ledger = imported;
        for (String format : Stream.of("json", "xlsx", "jsonl").toList()) {
            ledger = PluginFormats.read(format, PluginFormats.write(format, ledger));
        }

        assertThat(ledger).isEqualTo(imported);
        assertThat(ledger.estimates()).hasSize(375);
    }
}
