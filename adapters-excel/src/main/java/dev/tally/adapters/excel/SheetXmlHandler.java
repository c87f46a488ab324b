package dev.tally.adapters.excel;

import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.Cell;
import dev.tally.core.table.Row;
import dev.tally.core.table.RowSink;
import dev.tally.core.table.StopReading;
import dev.tally.core.table.TableLimits;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet's XML as {@link SheetXml} streams it and hands each row to a {@link RowSink}: cells with their
 * kind of value (shared and inline strings, numbers, dates by their number format, booleans,
 * cached formula results and errors) and the merged areas, which follow the rows in the XML.
 */
final class SheetXmlHandler {

    private final String sheet;
    private final WorkbookParts.Lookup lookup;
    private final RowSink sink;
    private final List<CellRangeAddress> merged = new ArrayList<>();

    private final StringBuilder value = new StringBuilder();
    private List<Cell> cells = new ArrayList<>();
    private int rowNumber;
    private int lastColumn;
    private boolean inRow;
    private String cellType;
    private int cellStyle;
    private int cellColumn;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean collecting;
    private boolean tooLong;
    private int phoneticDepth;

    SheetXmlHandler(String sheet, WorkbookParts.Lookup lookup, RowSink sink) {
        this.sheet = sheet;
        this.lookup = lookup;
        this.sink = sink;
    }

    /** The merged areas of the sheet, complete once the whole sheet is read. */
    List<CellRangeAddress> merged() {
        return merged;
    }

    /** Takes the start of an element, at which the reader stands, with its attributes. */
    void startElement(XMLStreamReader element) throws StopSheet {
        switch (element.getLocalName()) {
            case "row":
                startRow(element.getAttributeValue(null, "r"));
                break;
            case "c":
                startCell(element);
                break;
            case "f":
                hasFormula = true;
                break;
            case "v":
                startValue();
                break;
            case "t":
                if (phoneticDepth == 0 && "inlineStr".equals(cellType)) {
                    hasValue = true;
                    collecting = true;
                }
                break;
            case "rPh":
                phoneticDepth++;
                break;
            case "dimension":
                checkDimension(element.getAttributeValue(null, "ref"));
                break;
            case "mergeCell":
                addMerged(element.getAttributeValue(null, "ref"));
                break;
            default:
                break;
        }
    }

    /** Takes the end of an element. */
    void endElement(String localName) throws StopSheet {
        switch (localName) {
            case "v":
            case "t":
                collecting = false;
                break;
            case "rPh":
                phoneticDepth--;
                break;
            case "c":
                endCell();
                break;
            case "row":
                endRow();
                break;
            case "sheetData":
                inRow = false;
                break;
            default:
                break;
        }
    }

    /** Takes text inside the element last started. */
    void characters(char[] ch, int start, int length) {
        if (!collecting || tooLong) {
            return;
        }
        if (value.length() + length > Limits.MAX_CELL_XML_CHARACTERS) {
            tooLong = true;
            return;
        }
        value.append(ch, start, length);
    }

    /** Takes the end of the sheet. */
    void endDocument() throws StopSheet {
        try {
            sink.end();
        } catch (StopReading stop) {
            throw new StopSheet(stop);
        }
    }

    private void startRow(String reference) throws StopSheet {
        long number = reference == null ? rowNumber + 1L : parseNumber(reference, Limits.MAX_ROWS + 1L);
        if (number > Limits.MAX_ROWS) {
            throw new StopSheet(Limits.tooManyRows(sheet, number));
        }
        if (number <= rowNumber) {
            throw new StopSheet(new Problem(new Location.Cell(sheet, Long.toString(number)),
                    "row " + number + " comes after row " + rowNumber + "; the file is damaged"));
        }
        rowNumber = (int) number;
        lastColumn = -1;
        cells = new ArrayList<>();
        inRow = true;
    }

    private void startCell(XMLStreamReader element) throws StopSheet {
        String reference = element.getAttributeValue(null, "r");
        cellColumn = reference == null ? lastColumn + 1 : column(reference);
        if (cellColumn >= Limits.MAX_COLUMNS) {
            throw new StopSheet(Limits.tooManyColumns(sheet, reference));
        }
        cellType = element.getAttributeValue(null, "t");
        String style = element.getAttributeValue(null, "s");
        cellStyle = style == null ? 0 : (int) parseNumber(style, Integer.MAX_VALUE);
        hasFormula = false;
        hasValue = false;
        tooLong = false;
        value.setLength(0);
    }

    private void startValue() {
        hasValue = true;
        collecting = true;
    }

    private void endCell() throws StopSheet {
        if (!inRow) {
            return;
        }
        lastColumn = cellColumn;
        Cell cell = cell();
        if (cell != null && !cell.isBlank()) {
            cells.add(cell);
        }
    }

    private void endRow() throws StopSheet {
        if (!inRow) {
            return;
        }
        cells.sort(java.util.Comparator.comparingInt(Cell::column));
        try {
            sink.row(new Row(rowNumber, cells));
        } catch (StopReading stop) {
            throw new StopSheet(stop);
        }
    }

    private Cell cell() throws StopSheet {
        if (tooLong) {
            return make(Cell.Type.TOO_LONG, "");
        }
        String text = value.toString();
        if (!hasValue) {
            return hasFormula ? make(Cell.Type.UNCALCULATED, "") : null;
        }
        if (cellType == null || "n".equals(cellType)) {
            return number(text.strip());
        }
        switch (cellType) {
            case "s":
                return sharedString(text.strip());
            case "b":
                return make(Cell.Type.BOOLEAN, "1".equals(text.strip()) ? "TRUE" : "FALSE");
            case "e":
                return make(Cell.Type.ERROR, text.strip());
            case "d":
                return isoDate(text.strip());
            default:
                return text(Xstrings.decode(text));
        }
    }

    private Cell number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String format = lookup.dateFormat(cellStyle);
        if (format == null) {
            return make(Cell.Type.NUMBER, text);
        }
        double serial;
        try {
            serial = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return make(Cell.Type.TEXT, text);
        }
        Optional<LocalDate> beforeExcel = NegativeSerials.day(serial, lookup.date1904());
        if (beforeExcel.isPresent()) {
            return new Cell(cellColumn, Cell.Type.DATE, beforeExcel.get().toString(), format);
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return make(Cell.Type.NUMBER, text);
        }
        LocalDateTime time = DateUtil.getLocalDateTime(serial, lookup.date1904(), false);
        return new Cell(cellColumn, Cell.Type.DATE, time.toLocalDate().toString(), format);
    }

    private Cell sharedString(String index) throws StopSheet {
        long i = parseNumber(index, Integer.MAX_VALUE);
        String text = lookup.sharedString((int) i);
        if (text == null) {
            throw new StopSheet(new Problem(new Location.Cell(sheet, reference()),
                    "the cell names shared string " + index + ", which the workbook does not hold; the file is damaged"));
        }
        return text(text);
    }

    /** A text cell, or a too-long one if it holds more than a cell may. */
    private Cell text(String text) {
        return text.length() > TableLimits.MAX_CELL_CHARACTERS ? make(Cell.Type.TOO_LONG, "")
                : make(Cell.Type.TEXT, text);
    }

    private Cell isoDate(String text) {
        try {
            String day = text.length() >= 10 ? text.substring(0, 10) : text;
            return new Cell(cellColumn, Cell.Type.DATE, java.time.LocalDate.parse(day).toString(),
                    "yyyy-mm-dd");
        } catch (DateTimeParseException e) {
            return make(Cell.Type.TEXT, text);
        }
    }

    private Cell make(Cell.Type type, String text) {
        return new Cell(cellColumn, type, text, "", hasFormula);
    }

    private String reference() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(cellColumn) + rowNumber;
    }

    private void checkDimension(String reference) throws StopSheet {
        if (reference == null) {
            return;
        }
        String last = reference.substring(reference.indexOf(':') + 1);
        String digits = last.replaceAll("^[A-Za-z$]+", "");
        if (!digits.isEmpty() && parseNumber(digits, Limits.MAX_ROWS + 1L) > Limits.MAX_ROWS) {
            throw new StopSheet(Limits.tooManyRows(sheet, parseNumber(digits, 999_999_999_999L)));
        }
    }

    private void addMerged(String reference) throws StopSheet {
        try {
            merged.add(CellRangeAddress.valueOf(reference));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StopSheet(new Problem(new Location.Cell(sheet, "A1"),
                    "the merged area \"" + reference + "\" is not a cell range; the file is damaged"));
        }
    }

    /** The 0-based column of an A1 reference, or {@link Limits#MAX_COLUMNS} if it is beyond the last column. */
    private int column(String reference) throws StopSheet {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            if (column > Limits.MAX_COLUMNS) {
                return Limits.MAX_COLUMNS;
            }
            i++;
        }
        if (i == 0) {
            throw new StopSheet(new Problem(new Location.Cell(sheet, Integer.toString(rowNumber)),
                    "a cell's reference \"" + reference + "\" is not an A1 reference; the file is damaged"));
        }
        return column - 1;
    }

    /** Reads a non-negative decimal number, capped at {@code cap}; refuses anything else. */
    private long parseNumber(String text, long cap) throws StopSheet {
        long n = 0;
        if (text.isEmpty()) {
            throw damaged(text);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw damaged(text);
            }
            n = n > (cap - 9) / 10 ? cap : Math.min(cap, n * 10 + (c - '0'));
        }
        return n;
    }

    private StopSheet damaged(String text) {
        return new StopSheet(new Problem(new Location.Cell(sheet, Integer.toString(Math.max(1, rowNumber))),
                "\"" + text + "\" is not a row, style or string number; the file is damaged"));
    }
}
