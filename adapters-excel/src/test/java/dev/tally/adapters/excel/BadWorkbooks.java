package dev.tally.adapters.excel;

import dev.tally.core.sample.SampleLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates the corpus of bad and hostile workbooks in
 * {@code src/test/resources/dev/tally/adapters/excel/bad/}. Run it from the module directory with
 * the test class path: {@code java -cp ... dev.tally.adapters.excel.BadWorkbooks src/test/resources/dev/tally/adapters/excel/bad}.
 * Each workbook's expected problems sit beside it in {@code NAME.problems}, written and checked by hand.
 */
final class BadWorkbooks {

    private static final String HEADER = row(1, "Source", "Metric", "Figure", "As of");

    private BadWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : corpus().entrySet()) {
            Files.write(dir.resolve(e.getKey() + ".xlsx"), e.getValue());
        }
    }

    static Map<String, byte[]> corpus() throws IOException {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("not-a-zip", "Source,Figure\nNIS,300\n".getBytes(StandardCharsets.UTF_8));
        c.put("empty-file", new byte[0]);
        byte[] sample = sample();
        c.put("truncated-zip", Arrays.copyOf(sample, sample.length * 3 / 5));
        c.put("zip-without-workbook", zip(Map.of("hello.txt", "hello")));
        c.put("xls-workbook", xls());
        c.put("zip-bomb", raw(sheet(HEADER + " ".repeat(20_000_000), "")));
        c.put("doctype-in-sheet", raw("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>" + sheet(HEADER + row(2, "&xxe;", "killed", "1", "2025"), "")
                .replaceFirst("^<\\?xml[^>]*>", "")));
        Map<String, String> doctypeTypes = parts(sheet(HEADER, ""));
        doctypeTypes.put("[Content_Types].xml", doctypeTypes.get("[Content_Types].xml")
                .replace("<Types ", "<!DOCTYPE Types [<!ENTITY a \"aaaaaaaaaa\">]><Types "));
        c.put("doctype-in-content-types", zip(doctypeTypes));
        c.put("doctype-in-shared-strings", withSharedStrings("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY b "
                + "SYSTEM \"http://example.invalid/b\">]><sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>&b;</t></si></sst>"));
        c.put("row-beyond-the-last-row", raw(sheet(HEADER + row(2_000_000, "nis", "killed", "1", "2025"), "")));
        c.put("dimension-beyond-the-last-row", raw(sheet(HEADER, "").replace("<sheetData>",
                "<dimension ref=\"A1:D99999999\"/><sheetData>")));
        c.put("cell-beyond-the-last-column", raw(sheet(HEADER + "<row r=\"2\"><c r=\"XFE2\" t=\"inlineStr\"><is><t>x"
                + "</t></is></c></row>", "")));
        c.put("over-long-cell", raw(sheet(row(1, "Source", "Metric", "Figure", "As of", "Note")
                + row(2, "nis", "killed", "1", "2025", "x".repeat(40_000)), "")));
        c.put("huge-merged-area", raw(sheet(HEADER + row(2, "nis", "killed", "1", "2025"),
                "<mergeCells count=\"1\"><mergeCell ref=\"A2:XFD1048576\"/></mergeCells>")));
        c.put("shared-string-out-of-range", raw(sheet(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row>",
                "")));
        c.put("malformed-sheet-xml", raw(sheet(HEADER + "<row r=\"2\"><c r=\"A2\">", "").replace("</worksheet>", "")));
        c.put("rows-out-of-order", raw(sheet(HEADER + row(3, "nis", "killed", "1", "2025")
                + row(2, "nis", "killed", "2", "2025"), "")));
        c.put("cached-error-ref", raw(sheet(HEADER + "<row r=\"2\">" + cell("A2", "nis") + cell("B2", "killed")
                + "<c r=\"C2\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>" + cell("D2", "2025") + "</row>", "")));
        semantic(c);
        return c;
    }

    private static void semantic(Map<String, byte[]> c) throws IOException {
        c.put("no-estimates-sheet", book("Notes", new Object[][] {{"These are notes, not figures."}}));
        c.put("estimates-without-header", book("Estimates", new Object[][] {{"nis", "killed", 300, "2025-01"}}));
        c.put("header-missing-as-of", book("Estimates", new Object[][] {{"Source", "Metric", "Figure"},
            {"nis", "killed", 300}}));
        c.put("figure-in-words", estimates(new Object[] {"nis", "killed", "twelve hundred", "2025-01"}));
        c.put("negative-figure", estimates(new Object[] {"nis", "killed", -5, "2025-01"}));
        c.put("fractional-figure", estimates(new Object[] {"nis", "killed", 12.5, "2025-01"}));
        c.put("vague-figure", estimates(new Object[] {"nis", "killed", "many hundreds", "2025-01"}));
        c.put("reversed-range", estimates(new Object[] {"nis", "killed", "12,000-10,000", "2025-01"}));
        c.put("cached-error-div0", estimates(new Object[] {"nis", "killed", new Sheets.Formula("1/0"), "2025-01"}));
        c.put("uncalculated-formula", uncalculated());
        c.put("impossible-date", estimates(new Object[] {"nis", "killed", 300, "2025-02-30"}));
        c.put("backwards-interval", estimates(new Object[] {"nis", "killed", 300, "2025-03/2025-01"}));
        c.put("date-in-figure-column", estimates(new Object[] {"nis", "killed", LocalDate.of(2025, 1, 2), "2025-01"}));
        c.put("unknown-metric", estimates(new Object[] {"nis", "goats", 300, "2025-01"}));
        c.put("empty-required-cells", estimates(new Object[] {null, "killed", null, "2025-01", "note"}));
        c.put("unknown-source-with-sources-sheet", withSources(new Object[] {"nis", "NIS", "intelligence", "KR", "B"},
                new Object[] {"cia", "killed", 300, "2025-01"}));
        c.put("bad-sources-sheet", withSources(new Object[] {"nis", "NIS", "spy agency", "XX", "Z"},
                new Object[] {"nis", "killed", 300, "2025-01"}));
        c.put("bad-credibility-and-basis", book("Estimates", new Object[][] {
            {"Source", "Metric", "Figure", "As of", "Credibility", "Basis"},
            {"nis", "killed", 300, "2025-01", 9, "weekly"}}));
        c.put("duplicate-ids", book("Estimates", new Object[][] {{"Id", "Source", "Metric", "Figure", "As of"},
            {"a", "nis", "killed", 300, "2025-01"}, {"a", "nis", "killed", 600, "2025-04"}}));
        c.put("bad-id", book("Estimates", new Object[][] {{"Id", "Source", "Metric", "Figure", "As of"},
            {"first one", "nis", "killed", 300, "2025-01"}}));
        c.put("revises-unknown-estimate", book("Estimates", new Object[][] {
            {"Id", "Source", "Metric", "Figure", "As of", "Revises"},
            {"a", "nis", "killed", 300, "2025-01", "z"}}));
        c.put("revision-cycle", book("Estimates", new Object[][] {
            {"Id", "Source", "Metric", "Figure", "As of", "Revises"},
            {"a", "nis", "killed", 300, "2025-01", "b"}, {"b", "nis", "killed", 600, "2025-04", "a:correction"}}));
        c.put("revision-across-subjects", book("Estimates", new Object[][] {
            {"Id", "Source", "Subject", "Metric", "Figure", "As of", "Revises"},
            {"a", "nis", "forces", "killed", 300, "2025-01"}, {"b", "nis", "workers", "killed", 600, "2025-04", "a"}}));
        c.put("bad-revision-kind", book("Estimates", new Object[][] {
            {"Id", "Source", "Metric", "Figure", "As of", "Revises"},
            {"a", "nis", "killed", 300, "2025-01"}, {"b", "nis", "killed", 600, "2025-04", "a; a"}}));
        c.put("many-problems-at-once", book("Estimates", new Object[][] {
            {"Title: losses"}, {}, {"Source", "Metric", "Figure", "As of", "Reported"},
            {"nis", "killed", "twelve hundred", "2025-01", "soon"},
            {"nis", "KIA", 300, "2025-01", "2025-01"},
            {"", "wounded", "~", "last year"},
            {"nis", "sheep", "1e5", "2025-13"}}));
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String row(int number, String... texts) {
        StringBuilder b = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < texts.length; i++) {
            b.append(cell((char) ('A' + i) + Integer.toString(number), texts[i]));
        }
        return b.append("</row>").toString();
    }

    private static String sheet(String rows, String after) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData>" + after + "</worksheet>";
    }

    /** The parts of a minimal workbook with one sheet, Estimates, holding the XML given. */
    private static Map<String, String> parts(String sheetXml) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL
                + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\"Estimates\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" "
                + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        return parts;
    }

    private static byte[] raw(String sheetXml) throws IOException {
        return zip(parts(sheetXml));
    }

    private static byte[] withSharedStrings(String sharedStrings) throws IOException {
        Map<String, String> parts = parts(sheet(HEADER + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", ""));
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>"));
        parts.put("xl/sharedStrings.xml", sharedStrings);
        return zip(parts);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxFormat().writer().orElseThrow().write(SampleLedger.load(), out);
        return out.toByteArray();
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Estimates").createRow(0).createCell(0).setCellValue("Source");
            return bytes(workbook::write);
        }
    }

    private static byte[] uncalculated() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Estimates");
            Sheets.row(sheet, 0, "Source", "Metric", "Figure", "As of");
            Sheets.row(sheet, 1, "nis", "killed", new Sheets.Formula("100*3"), "2025-01");
            return bytes(workbook::write);
        }
    }

    private static byte[] estimates(Object[] row) throws IOException {
        return book("Estimates", new Object[][] {{"Source", "Metric", "Figure", "As of", "Note"}, row});
    }

    private static byte[] withSources(Object[] source, Object[] estimate) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("Estimates"), new Object[][] {{"Source", "Metric", "Figure", "As of"}, estimate});
            fill(workbook.createSheet("Sources"), new Object[][] {{"Id", "Name", "Kind", "Country", "Reliability"},
                source});
            return bytes(workbook::write);
        }
    }

    private static byte[] book(String sheet, Object[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet(sheet), rows);
            Sheets.evaluate(workbook);
            return bytes(workbook::write);
        }
    }

    private static void fill(XSSFSheet sheet, Object[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            Sheets.row(sheet, i, rows[i]);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toByteArray();
    }
}
