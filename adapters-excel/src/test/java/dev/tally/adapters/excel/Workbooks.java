package dev.tally.adapters.excel;

import dev.tally.core.model.Ledger;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: write a ledger or a POI-built workbook to a real file, read it back, list the problems. */
final class Workbooks {

    private static final XlsxFormat FORMAT = new XlsxFormat();

    private Workbooks() {
    }

    static Path export(Ledger ledger, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            FORMAT.writer().orElseThrow().write(ledger, out);
        }
        return file;
    }

    static Path template(Ledger context, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            FORMAT.templateWriter().orElseThrow().writeTemplate(context, out);
        }
        return file;
    }

    /** Opens a written file with POI's workbook model, to look at what was written. */
    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A row's cells as a spreadsheet shows them (numbers formatted); empty if the row has none. */
    static List<String> shown(Sheet sheet, int row) {
        Row cells = sheet.getRow(row);
        if (cells == null) {
            return List.of();
        }
        DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
        return IntStream.range(0, Math.max(0, cells.getLastCellNum()))
                .mapToObj(i -> formatter.formatCellValue(cells.getCell(i))).toList();
    }

    static Ledger read(Path file) throws IOException {
        return FORMAT.reader().orElseThrow().read(file);
    }

    static Path save(XSSFWorkbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** The problems reading a file reports, as people read them; empty if it reads. */
    static List<String> problems(Path file) throws IOException {
        try {
            read(file);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
