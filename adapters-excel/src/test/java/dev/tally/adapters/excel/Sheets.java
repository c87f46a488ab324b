package dev.tally.adapters.excel;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds fixture sheets with POI's workbook model: cells from plain values, row by row. */
final class Sheets {

    private Sheets() {
    }

    /** A formula cell; the workbook's cached result comes from POI's evaluator at {@link #evaluate}. */
    record Formula(String text) {
    }

    /** A date cell with a number format of the caller's choice, such as {@code mmm yyyy}. */
    record FormattedDate(LocalDate date, String format) {
    }

    /** Writes a row of values: strings, numbers, dates (yyyy-mm-dd), formatted dates, formulas; null leaves a gap. */
    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(style(sheet, "yyyy-mm-dd"));
            } else if (value instanceof FormattedDate date) {
                cell.setCellValue(date.date());
                cell.setCellStyle(style(sheet, date.format()));
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else {
                throw new IllegalArgumentException("no cell for " + value);
            }
        }
        return row;
    }

    private static CellStyle style(Sheet sheet, String format) {
        XSSFWorkbook workbook = (XSSFWorkbook) sheet.getWorkbook();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Calculates every formula, so that the saved workbook holds the cached results. */
    static XSSFWorkbook evaluate(XSSFWorkbook workbook) {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return workbook;
    }
}
