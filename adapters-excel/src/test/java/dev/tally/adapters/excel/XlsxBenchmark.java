package dev.tally.adapters.excel;

import dev.tally.core.benchmark.Measured;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The benchmark (not a test): generates a ledger of N estimates and measures, in one run, our
 * export against a raw SXSSF write of the same cells, and our whole import of the exported
 * workbook against a raw POI SAX read and a raw fastexcel-reader read of every cell of it; time,
 * peak heap and the ratios. Run: {@code mvn -B -q -o -pl adapters-excel -Pbenchmark -DskipTests verify}.
 */
public final class XlsxBenchmark {

    private XlsxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("tally-xlsx-bench");
        Path ours = dir.resolve("ours.xlsx");
        Path raw = dir.resolve("raw.xlsx");
        try {
            Measured[] writes = writes(rows, ours, raw);
            Measured rawWrite = writes[0];
            Measured export = writes[1];
            System.out.printf(Locale.ENGLISH, "file: %d MB%n", Files.size(ours) / (1024 * 1024));
            Measured sax = Measured.of("raw POI SAX read", 1, () -> poiSax(ours));
            Measured fast = Measured.of("raw fastexcel-reader read", 1, () -> fastexcel(ours));
            Measured imported = Measured.of("our import", 1, () -> Workbooks.read(ours).estimates().size() + " estimates");
            System.out.println(sax);
            System.out.println(fast);
            System.out.println(imported);
            System.out.printf(Locale.ENGLISH, "ratios (wall): import/SAX %.2f, import/fastexcel %.2f, export/SXSSF %.2f%n",
                    imported.seconds() / sax.seconds(), imported.seconds() / fast.seconds(),
                    export.seconds() / rawWrite.seconds());
            System.out.printf(Locale.ENGLISH, "ratios (cpu):  import/SAX %.2f, import/fastexcel %.2f, export/SXSSF %.2f%n",
                    imported.cpuSeconds() / sax.cpuSeconds(), imported.cpuSeconds() / fast.cpuSeconds(),
                    export.cpuSeconds() / rawWrite.cpuSeconds());
            System.out.println(Measured.ratio("xlsx-import-vs-fastexcel-read", imported.seconds() / fast.seconds(), 1.5));
            System.out.println(Measured.ratio("xlsx-export-vs-sxssf-write", export.seconds() / rawWrite.seconds(), 1.2));
        } finally {
            Files.deleteIfExists(ours);
            Files.deleteIfExists(raw);
            Files.deleteIfExists(dir);
        }
    }

    /** Writes both workbooks; the ledger is dropped afterwards, so that the reads start from an empty heap. */
    private static Measured[] writes(int rows, Path ours, Path raw) throws Exception {
        Ledger ledger = ledger(rows);
        System.out.println("ledger: " + ledger + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, " + Runtime.getRuntime().availableProcessors() + " cores; peak heap is the sum of the "
                + "heap pools' peaks, an upper bound");
        Measured rawWrite = Measured.of("raw SXSSF write (same cells)", 1, () -> rawWrite(ledger, raw));
        Measured export = Measured.of("our export", 1, () -> export(ledger, ours));
        System.out.println(rawWrite);
        System.out.println(export);
        return new Measured[] {rawWrite, export};
    }

    static Ledger ledger(int rows) {
        Ledger.Builder builder = Ledger.builder();
        for (int s = 0; s < 20; s++) {
            builder.add(Source.of("source-" + s, "Source number " + s, SourceKind.MEDIA));
        }
        builder.add(new Subject("forces", "Forces"));
        String[] metrics = {"killed", "wounded", "casualties", "deployed"};
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            Quantity q = switch (i % 4) {
                case 0 -> Quantity.exact(i);
                case 1 -> Quantity.approximately(i);
                case 2 -> Quantity.range(i, i + 500);
                default -> Quantity.atLeast(i);
            };
            Period asOf = i % 2 == 0 ? Period.of(day.plusDays(i % 700)) : Period.parse("2025-0" + (1 + i % 9));
            builder.add(Estimate.builder().id("e" + i).source("source-" + (i % 20)).subject("forces")
                    .metric(metrics[i % 4]).quantity(q).asOf(asOf).reported(asOf).basis(Basis.CUMULATIVE)
                    .citation(i % 3 == 0 ? new Citation(Optional.of("Report " + (i % 100)), Optional.empty(),
                            Optional.empty(), Optional.empty()) : null)
                    .note(i % 5 == 0 ? "note " + (i % 1000) : null).build());
        }
        return builder.build();
    }

    private static Object export(Ledger ledger, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxFormat().writer().orElseThrow().write(ledger, out);
        }
        return Files.size(file) / (1024 * 1024) + " MB";
    }

    /** The cells our Estimates sheet holds, written with plain SXSSF and nothing else. */
    private static Object rawWrite(Ledger ledger, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Estimates");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            for (Estimate e : ledger.estimates()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(e.source());
                row.createCell(2).setCellValue(e.subject());
                row.createCell(3).setCellValue(e.metric());
                row.createCell(4).setCellValue(e.quantity().toDisplayText());
                row.createCell(5).setCellValue(e.quantity().low());
                e.quantity().best().ifPresent(b -> row.createCell(6).setCellValue(b));
                e.quantity().high().ifPresent(h -> row.createCell(7).setCellValue(h));
                if (e.asOf() instanceof Period.Day d) {
                    row.createCell(8).setCellValue(d.date());
                    row.getCell(8).setCellStyle(date);
                } else {
                    row.createCell(8).setCellValue(e.asOf().toText());
                }
                row.createCell(9).setCellValue(e.basis().toText());
                row.createCell(10).setCellValue(e.reported().toText());
                e.citation().flatMap(c -> c.title()).ifPresent(t -> row.createCell(13).setCellValue(t));
                e.note().ifPresent(n -> row.createCell(17).setCellValue(n));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return Files.size(file) / (1024 * 1024) + " MB";
    }

    private static Object poiSax(Path file) throws Exception {
        LongAdder cells = new LongAdder();
        try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pack);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pack, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                                // counting cells only
                            }

                            @Override
                            public void endRow(int rowNum) {
                                // counting cells only
                            }

                            @Override
                            public void cell(String reference, String value, XSSFComment comment) {
                                cells.increment();
                            }
                        }, false));
                xml.parse(new InputSource(sheet));
            }
        }
        return cells.sum() + " cells";
    }

    private static Object fastexcel(Path file) throws IOException {
        LongAdder cells = new LongAdder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> row.forEach(cell -> {
                if (cell != null && cell.getRawValue() != null) {
                    cells.increment();
                }
            }));
        }
        return cells.sum() + " cells";
    }
}
