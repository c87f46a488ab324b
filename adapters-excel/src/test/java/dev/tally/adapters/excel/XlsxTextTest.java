package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.UnwritableLedgerException;
import dev.tally.core.table.EstimateColumn;
import dev.tally.core.table.SourceColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts that a workbook must escape, and texts too long for a cell, found by the cross-format property. */
class XlsxTextTest {

    /** Control characters, a lone surrogate, non-characters, and literal escapes. */
    private static final String AWKWARD = "a\u0001b\u0000c\u001f d\ud800e\udc00f\ufffeg\uffff"
            + " h_x0041_ i_x005F_ _x00e9_ j_x0041\u0001";

    @TempDir
    Path dir;

    private static Ledger withNote(String note, String quote) {
        return SampleLedger.load().with(Estimate.builder().id("awkward").source("nis").subject("dprk-forces-russia")
                .metric("killed").quantity("5").asOf("2025-01").reported("2025-02-01").note(note)
                .citation(new Citation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(quote)))
                .build());
    }

    /** The XML of every worksheet, one after the other. */
    private static String sheetXml(Path file) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return xml.toString();
    }

    @Test
    void characters_xml_cannot_hold_and_literal_escapes_round_trip_through_escapes() throws IOException {
        Ledger ledger = withNote(AWKWARD, "q" + AWKWARD);
        Path file = Workbooks.export(ledger, dir.resolve("awkward.xlsx"));

        assertEquals(ledger, Workbooks.read(file));
        String xml = sheetXml(file);
        assertTrue(xml.contains("a_x0001_b_x0000_c_x001F_ d_xD800_e_xDC00_f_xFFFE_g_xFFFF_ h_x005F_x0041_ "
                + "i_x005F_x005F_ _x005F_x00e9_ j_x005F_x0041_x0001_"), "the escapes are in the sheet XML");
    }

    @Test
    void another_program_reading_the_workbook_sees_the_same_text() throws IOException {
        Path file = Workbooks.export(withNote(AWKWARD, "q"), dir.resolve("awkward.xlsx"));

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertEquals(AWKWARD, workbook.getSheet("Estimates").getRow(ledgerRow(workbook))
                    .getCell(EstimateColumn.NOTE.ordinal()).getStringCellValue());
        }
    }

    @Test
    void a_sheet_holds_each_text_as_plain_sxssf_writes_its_escaped_form() throws IOException {
        List<String> texts = List.of(AWKWARD, "<a & b> \"quoted\"", "tab\tline\nreturn\r", "\u00a0no-break\u00a0",
                " spaced ", "pair \ud83d\ude00 and \u00e9", "plain", "");
        Path ours = dir.resolve("ours.xlsx");
        Path plain = dir.resolve("plain.xlsx");
        try (SXSSFWorkbook workbook = new StreamingWorkbook(new XSSFWorkbook(), 2);
             var out = Files.newOutputStream(ours)) {
            writeTexts(workbook, texts);
            workbook.write(out);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(2);
             var out = Files.newOutputStream(plain)) {
            writeTexts(workbook, texts.stream().map(Xstrings::encode).toList());
            workbook.write(out);
        }

        assertEquals(sheetXml(plain), sheetXml(ours));
    }

    private static void writeTexts(SXSSFWorkbook workbook, List<String> texts) {
        SXSSFSheet sheet = workbook.createSheet("Texts");
        for (int i = 0; i < texts.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
        }
    }

    private static int ledgerRow(XSSFWorkbook workbook) {
        var sheet = workbook.getSheet("Estimates");
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            if ("awkward".equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
                return i;
            }
        }
        throw new AssertionError("no row for the estimate");
    }

    @Test
    void a_note_of_a_full_cell_with_control_characters_round_trips() throws IOException {
        String note = "\u0001".repeat(Limits.MAX_CELL_CHARACTERS);
        Ledger ledger = withNote(note, "q");

        assertEquals(ledger, Workbooks.read(Workbooks.export(ledger, dir.resolve("full.xlsx"))));
    }

    @Test
    void long_repetitive_texts_that_deflate_very_well_read_back() throws IOException {
        String full = "ab".repeat(Limits.MAX_CELL_CHARACTERS / 2);
        Ledger ledger = Ledger.builder().add(new Source("s", "S", SourceKind.MEDIA, Optional.empty(), Optional.empty()))
                .add(new Subject("x", "X")).add(Estimate.builder().id("e").source("s").subject("x").metric("killed")
                        .quantity("5").asOf("2025-01").reported("2025-02-01").via(full).note(full)
                        .citation(new Citation(Optional.of(full), Optional.of(full), Optional.empty(),
                                Optional.of(full)))
                        .build()).build();

        assertEquals(ledger, Workbooks.read(Workbooks.export(ledger, dir.resolve("long.xlsx"))));
    }

    @Test
    void a_charted_subject_with_a_name_of_a_full_cell_and_control_characters_is_exported_and_read_back()
            throws IOException {
        String name = "\u0001x".repeat(Limits.MAX_CELL_CHARACTERS / 2);
        Ledger ledger = Ledger.builder().add(new Source("s", "S", SourceKind.MEDIA, Optional.empty(), Optional.empty()))
                .add(new Subject("x", name))
                .add(Estimate.builder().id("e1").source("s").subject("x").metric("killed").quantity("5")
                        .asOf("2025-01").reported("2025-02-01").build())
                .add(Estimate.builder().id("e2").source("s").subject("x").metric("killed").quantity("7")
                        .asOf("2025-02").reported("2025-03-01").build()).build();
        Path file = Workbooks.export(ledger, dir.resolve("charted.xlsx"));

        assertEquals(ledger, Workbooks.read(file));
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            var chart = workbook.getSheet(ChartSheet.NAME);
            String title = chart.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.endsWith("…") && name.startsWith(title.substring(0, title.length() - 1)), title);
            String chartTitle = chart.getDrawingPatriarch().getCharts().get(0).getTitleText().getString();
            assertTrue(chartTitle.startsWith("\ufffdx\ufffdx") && chartTitle.length() == DisplayText.MAX_TITLE,
                    chartTitle);
        }
    }

    @Test
    void a_url_becomes_a_hyperlink_only_when_a_link_can_hold_it_and_reads_back_either_way() throws IOException {
        List<String> urls = List.of("https://example.org/a", "https://example.org/" + "p".repeat(2_100),
                "https://example.org/a_x0041_b", "https://example.org/a\ufffeb");
        Ledger ledger = SampleLedger.load();
        for (int i = 0; i < urls.size(); i++) {
            ledger = ledger.with(Estimate.builder().id("url-" + i).source("nis").subject("dprk-forces-russia")
                    .metric("killed").quantity("5").asOf("2025-01").reported("2025-02-01")
                    .citation(new Citation(Optional.empty(), Optional.empty(), Optional.of(urls.get(i)),
                            Optional.empty())).build());
        }
        Path file = Workbooks.export(ledger, dir.resolve("urls.xlsx"));

        assertEquals(ledger, Workbooks.read(file));
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            var sheet = workbook.getSheet("Estimates");
            int first = SampleLedger.load().estimates().size() + 1;
            List<Boolean> linked = java.util.stream.IntStream.range(0, urls.size())
                    .mapToObj(i -> sheet.getRow(first + i).getCell(EstimateColumn.URL.ordinal()).getHyperlink() != null)
                    .toList();
            assertEquals(List.of(true, false, false, false), linked);
        }
    }

    @Test
    void a_url_longer_than_a_cell_is_refused_at_its_cell() {
        Ledger ledger = SampleLedger.load().with(Estimate.builder().id("url").source("nis")
                .subject("dprk-forces-russia").metric("killed").quantity("5").asOf("2025-01").reported("2025-02-01")
                .citation(new Citation(Optional.empty(), Optional.empty(),
                        Optional.of("https://example.org/" + "p".repeat(Limits.MAX_CELL_CHARACTERS)), Optional.empty()))
                .build());

        UnwritableLedgerException refusal = assertThrows(UnwritableLedgerException.class,
                () -> Workbooks.export(ledger, dir.resolve("url.xlsx")));

        assertEquals(new Location.Cell("Estimates", "P" + (SampleLedger.load().estimates().size() + 2)),
                refusal.problems().get(0).location());
    }

    @Test
    void records_that_need_more_rows_than_a_sheet_has_are_refused_and_none_is_written() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            SXSSFSheet sheet = workbook.createSheet("Sources");
            List<Problem> problems = XlsxLedgerWriter.writeTable(sheet, new WorkbookStyles(workbook),
                    SourceColumn.values(), List.of(), Collections.nCopies(Limits.MAX_ROWS, "s"),
                    (id, out) -> out.text(SourceColumn.ID, id));

            assertEquals(List.of(new Problem(new Location.Cell("Sources", "A1048576"), "the sheet would need "
                    + "1,048,577 rows, more than a sheet has (1,048,576); keep this ledger in JSON Lines")), problems);
            assertEquals(0, sheet.getLastRowNum());
        }
    }

    @Test
    void texts_longer_than_a_cell_are_refused_together_and_nothing_is_written() throws IOException {
        String tooLong = "x".repeat(Limits.MAX_CELL_CHARACTERS + 1);
        Ledger ledger = withNote(tooLong, tooLong + "y");
        int row = SampleLedger.load().estimates().size() + 2;
        Path file = dir.resolve("too-long.xlsx");

        UnwritableLedgerException refusal = assertThrows(UnwritableLedgerException.class,
                () -> Workbooks.export(ledger, file));

        assertEquals(List.of(
                new Problem(new Location.Cell("Estimates", "Q" + row), "the Quote of awkward holds 32,769 characters, "
                        + "more than a spreadsheet cell holds (32,767); shorten it, or keep this ledger in JSON"),
                new Problem(new Location.Cell("Estimates", "R" + row), "the Note of awkward holds 32,768 characters, "
                        + "more than a spreadsheet cell holds (32,767); shorten it, or keep this ledger in JSON")),
                refusal.problems());
        assertEquals(0, Files.size(file));
        assertFalse(Files.list(dir).anyMatch(p -> !p.equals(file)));
    }
}
