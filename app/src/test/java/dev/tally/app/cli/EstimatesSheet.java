package dev.tally.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits the Estimates sheet of a workbook file with POI, as an analyst edits it in a spreadsheet program. */
final class EstimatesSheet {

    private EstimatesSheet() {
    }

    /**
     * Opens the workbook, hands its Estimates sheet and the column of each heading of its first row
     * to the edit, and saves the workbook in place.
     */
    static void edit(Path workbook, BiConsumer<XSSFSheet, Map<String, Integer>> edit) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Estimates");
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(sheet.getFirstRowNum())) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            edit.accept(sheet, columns);
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
    }
}
