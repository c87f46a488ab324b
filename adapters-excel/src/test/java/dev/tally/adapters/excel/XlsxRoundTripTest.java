package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.table.EstimateColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRoundTripTest {

    @TempDir
    Path dir;

    /** POI's temporary folder for this test alone, so that other processes' files do not count. */
    private Path temporary;

    @BeforeEach
    void useAFolderOfOurOwnForTemporaryFiles() throws IOException {
        temporary = Files.createDirectory(dir.resolve("temporary"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
    }

    @AfterEach
    void restorePoisTemporaryFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void the_sample_ledger_reads_back_equal_from_its_export() throws IOException {
        Ledger sample = SampleLedger.load();
        assertEquals(sample, Workbooks.read(Workbooks.export(sample, dir.resolve("sample.xlsx"))));
    }

    @Test
    void a_ledger_using_every_field_reads_back_equal_from_its_export() throws IOException {
        Ledger ledger = Ledgers.everyField();
        assertEquals(ledger, Workbooks.read(Workbooks.export(ledger, dir.resolve("every.xlsx"))));
    }

    @Test
    void the_empty_ledger_reads_back_equal_from_its_export() throws IOException {
        assertEquals(Ledger.empty(), Workbooks.read(Workbooks.export(Ledger.empty(), dir.resolve("empty.xlsx"))));
    }

    @Test
    void reading_from_a_stream_equals_reading_the_file_and_leaves_no_spool_file() throws IOException {
        Path file = Workbooks.export(SampleLedger.load(), dir.resolve("sample.xlsx"));
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(SampleLedger.load(), new XlsxFormat().reader().orElseThrow().read(in));
        }
        assertEquals(Set.of(), temporaryFiles());
    }

    @Test
    void text_that_looks_like_a_formula_is_written_as_a_string_cell() throws IOException {
        Path file = Workbooks.export(Ledgers.everyField(), dir.resolve("every.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> risky = Stream.of(workbook.getSheet("Estimates"), workbook.getSheet("Sources"))
                    .flatMap(sheet -> Stream.iterate(sheet.getRow(1), r -> r != null, r -> sheet.getRow(r.getRowNum() + 1)))
                    .flatMap(row -> Stream.iterate(0, i -> i < row.getLastCellNum(), i -> i + 1)
                            .map(row::getCell).filter(c -> c != null))
                    .filter(c -> c.getCellType() != CellType.NUMERIC)
                    .peek(c -> assertEquals(CellType.STRING, c.getCellType(), c.getAddress().toString()))
                    .map(c -> c.getStringCellValue()).filter(SheetWriter::looksLikeFormula).toList();
            assertEquals(List.of("@lawmakers", "-300 dead, they said", "+1 on the earlier count", "\tstarts with a tab",
                    "=SUM(A1:A9)", "=HYPERLINK(\"http://evil\")"), risky);
        }
    }

    @Test
    void a_row_an_analyst_adds_in_the_same_form_reads_back_as_one_more_estimate() throws IOException {
        Ledger sample = SampleLedger.load();
        Path file = Workbooks.export(sample, dir.resolve("sample.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("Estimates");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(EstimateColumn.SOURCE.ordinal()).setCellValue("rok-military");
            row.createCell(EstimateColumn.SUBJECT.ordinal()).setCellValue("dprk-forces-russia");
            row.createCell(EstimateColumn.METRIC.ordinal()).setCellValue("KIA");
            row.createCell(EstimateColumn.FIGURE.ordinal()).setCellValue("about 1,000");
            row.createCell(EstimateColumn.AS_OF.ordinal()).setCellValue("2025-05");
            row.createCell(EstimateColumn.REPORTED.ordinal()).setCellValue("2025-05-20");
            row.createCell(EstimateColumn.REVISES.ordinal()).setCellValue("nis-2025-04-killed");
            Workbooks.save(workbook, dir.resolve("extended.xlsx"));
        }
        Ledger first = Workbooks.read(dir.resolve("extended.xlsx"));
        Ledger second = Workbooks.read(dir.resolve("extended.xlsx"));

        assertEquals(first, second);
        assertEquals(sample.estimates(), first.estimates().subList(0, sample.estimates().size()));
        Estimate added = first.estimates().get(sample.estimates().size());
        assertTrue(added.id().matches("rok-military-[0-9a-f]{10}"), added.id());
        assertEquals("killed", added.metric());
        assertEquals(Quantity.approximately(1000), added.quantity());
        assertEquals(Period.parse("2025-05"), added.asOf());
        assertEquals(Period.of(LocalDate.of(2025, 5, 20)), added.reported());
        assertEquals(List.of("nis-2025-04-killed"), added.revisedIds());
    }

    @Test
    void a_failed_write_leaves_no_temporary_file() throws IOException {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> new XlsxFormat().writer().orElseThrow().write(SampleLedger.load(), broken));
        assertEquals(Set.of(), temporaryFiles());
    }

    @Test
    void writing_twice_gives_workbooks_that_read_the_same() throws IOException {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new XlsxFormat().writer().orElseThrow().write(SampleLedger.load(), one);
        assertNotEquals(0, one.size());
        assertEquals(Workbooks.read(Workbooks.export(SampleLedger.load(), dir.resolve("a.xlsx"))),
                Workbooks.read(Workbooks.export(SampleLedger.load(), dir.resolve("b.xlsx"))));
    }

    /** The files in POI's temporary folder, which this test owns. */
    private Set<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(temporary)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }
}
