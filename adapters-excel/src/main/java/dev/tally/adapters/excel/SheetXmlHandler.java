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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads a worksheet's XML as {@link SheetXml} streams it and hands each row to a {@link RowSink}: cells with their
 * kind of value (shared and inline strings, numbers, dates by their number format, booleans,
 * cached formula results and errors) and the merged areas, which follow the rows in the XML.
 * A cell's attributes are read from the parser's characters, and the cells a column repeats are
 * shared ({@link RepeatedCells}).
 */
final class SheetXmlHandler {

    private static final Comparator<Cell> BY_COLUMN = Comparator.comparingInt(Cell::column);
    private static final Kind[] KINDS = Kind.values();

    private final String sheet;
    private final WorkbookParts.Lookup lookup;
    private final RowSink sink;
    private final List<CellRangeAddress> merged = new ArrayList<>();

    private final AttributeChars attribute = new AttributeChars();
    private final RepeatedCells repeated = new RepeatedCells();
    /** The key of the cell's value in {@link #repeated} at 0, then the raw text of its value. */
    private char[] value = new char[1 + RepeatedCells.SHARED_LENGTH];
    private int valueLength;
    private Cell[] cells = new Cell[32];
    private int cellCount;
    /** Whether a cell of the row came before one of a lower column. */
    private boolean unordered;
    private int rowNumber;
    private int lastColumn;
    private boolean inRow;
    private Kind cellKind;
    private int cellStyle;
    private int cellColumn;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean collecting;
    private boolean tooLong;
    private int phoneticDepth;
    private boolean readToEnd;

    SheetXmlHandler(String sheet, WorkbookParts.Lookup lookup, RowSink sink) {
        this.sheet = sheet;
        this.lookup = lookup;
        this.sink = sink;
    }

    /** The merged areas of the sheet, complete once the whole sheet is read. */
    List<CellRangeAddress> merged() {
        return merged;
    }

    /** Whether the whole sheet was read: its merged areas are then all known. */
    boolean readToEnd() {
        return readToEnd;
    }

    /** Takes the start of an element, at which the reader stands, with its attributes. */
    void startElement(XMLStreamReader2 element) throws StopSheet, XMLStreamException {
        switch (element.getLocalName()) {
            case "row":
                startRow(element);
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
                if (phoneticDepth == 0 && cellKind == Kind.INLINE_STRING) {
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

    /** Whether text inside the element last started is read: a value's, not yet too long. */
    boolean wantsText() {
        return collecting && !tooLong;
    }

    /** Takes text inside the element last started. */
    void characters(char[] ch, int start, int length) {
        if (!wantsText()) {
            return;
        }
        if (valueLength + length > Limits.MAX_CELL_XML_CHARACTERS) {
            tooLong = true;
            return;
        }
        if (1 + valueLength + length > value.length) {
            value = Arrays.copyOf(value, Math.max(2 * value.length, 1 + valueLength + length));
        }
        System.arraycopy(ch, start, value, 1 + valueLength, length);
        valueLength += length;
    }

    /** Takes the end of the sheet. */
    void endDocument() throws StopSheet {
        readToEnd = true;
        try {
            sink.end();
        } catch (StopReading stop) {
            throw new StopSheet(stop);
        }
    }

    private void startRow(XMLStreamReader2 element) throws StopSheet, XMLStreamException {
        CharSequence reference = attribute(element, "r");
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
        cellCount = 0;
        unordered = false;
        inRow = true;
    }

    private void startCell(XMLStreamReader2 element) throws StopSheet, XMLStreamException {
        // the attributes are found in one pass, then read in a fixed order, so that a damaged one is named alike
        int r = -1;
        int t = -1;
        int s = -1;
        for (int i = element.getAttributeCount() - 1; i >= 0; i--) {
            String name = element.getAttributeLocalName(i);
            if (name.length() == 1 && hasNoNamespace(element, i)) {
                char c = name.charAt(0);
                r = c == 'r' ? i : r;
                t = c == 't' ? i : t;
                s = c == 's' ? i : s;
            }
        }
        CharSequence reference = attributeAt(element, r);
        cellColumn = reference == null ? lastColumn + 1 : column(reference);
        if (cellColumn >= Limits.MAX_COLUMNS) {
            throw new StopSheet(Limits.tooManyColumns(sheet, reference == null ? null : reference.toString()));
        }
        cellKind = Kind.of(attributeAt(element, t));
        CharSequence style = attributeAt(element, s);
        cellStyle = style == null ? 0 : (int) parseNumber(style, Integer.MAX_VALUE);
        hasFormula = false;
        hasValue = false;
        tooLong = false;
        valueLength = 0;
    }

    /**
     * The value of the element's attribute of this name and no namespace, as characters valid until
     * the next attribute is read; null if it has none.
     */
    private CharSequence attribute(XMLStreamReader2 element, String name) throws XMLStreamException {
        for (int i = 0; i < element.getAttributeCount(); i++) {
            if (name.equals(element.getAttributeLocalName(i)) && hasNoNamespace(element, i)) {
                return attributeAt(element, i);
            }
        }
        return null;
    }

    /** The value of the element's attribute at an index, as {@link #attribute} gives it; null for index -1. */
    private CharSequence attributeAt(XMLStreamReader2 element, int index) throws XMLStreamException {
        if (index < 0) {
            return null;
        }
        attribute.read(element, index);
        return attribute;
    }

    private static boolean hasNoNamespace(XMLStreamReader2 element, int attribute) {
        String namespace = element.getAttributeNamespace(attribute);
        return namespace == null || namespace.isEmpty();
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
        Cell cell = repeatedCell();
        if (cell != null && !cell.isBlank()) {
            if (cellCount == cells.length) {
                cells = Arrays.copyOf(cells, 2 * cellCount);
            }
            unordered |= cellCount > 0 && cell.column() < cells[cellCount - 1].column();
            cells[cellCount++] = cell;
        }
    }

    private void endRow() throws StopSheet {
        if (!inRow) {
            return;
        }
        if (unordered) {
            Arrays.sort(cells, 0, cellCount, BY_COLUMN);
        }
        try {
            sink.row(Row.owning(rowNumber, Arrays.copyOf(cells, cellCount)));
        } catch (StopReading stop) {
            throw new StopSheet(stop);
        }
    }

    /** The cell, shared with the rows above when its column repeats a typed value. */
    private Cell repeatedCell() throws StopSheet {
        char key = key();
        if (key == 0) {
            return cell();
        }
        value[0] = key;
        Cell cell = repeated.get(cellColumn, value, 1 + valueLength);
        if (cell == null) {
            cell = cell();
            if (cell != null) {
                repeated.put(cellColumn, value, 1 + valueLength, cell);
            }
        }
        return cell;
    }

    /**
     * What the value's raw text means, as the first character of its key in {@link #repeated}: its
     * kind of cell and a number's style; 0 for a cell that is not shared.
     */
    private char key() {
        if (!hasValue || hasFormula || tooLong || valueLength > RepeatedCells.SHARED_LENGTH) {
            return 0;
        }
        if (cellKind != Kind.NUMBER) {
            return (char) (1 + cellKind.ordinal());
        }
        return cellStyle <= Character.MAX_VALUE - 1 - KINDS.length ? (char) (1 + KINDS.length + cellStyle) : 0;
    }

    private Cell cell() throws StopSheet {
        if (tooLong) {
            return make(Cell.Type.TOO_LONG, "");
        }
        String text = new String(value, 1, valueLength);
        if (!hasValue) {
            return hasFormula ? make(Cell.Type.UNCALCULATED, "") : null;
        }
        switch (cellKind) {
            case NUMBER:
                return number(text.strip());
            case SHARED_STRING:
                return sharedString(text.strip());
            case BOOLEAN:
                return make(Cell.Type.BOOLEAN, "1".equals(text.strip()) ? "TRUE" : "FALSE");
            case ERROR:
                return make(Cell.Type.ERROR, text.strip());
            case ISO_DATE:
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
    private int column(CharSequence reference) throws StopSheet {
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
    private long parseNumber(CharSequence text, long cap) throws StopSheet {
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

    private StopSheet damaged(CharSequence text) {
        return new StopSheet(new Problem(new Location.Cell(sheet, Integer.toString(Math.max(1, rowNumber))),
                "\"" + text + "\" is not a row, style or string number; the file is damaged"));
    }

    /** What kind of value a cell holds, as its {@code t} attribute says. */
    private enum Kind {
        NUMBER("n"), SHARED_STRING("s"), BOOLEAN("b"), ERROR("e"), ISO_DATE("d"), INLINE_STRING("inlineStr"),
        /** Any other type, such as a formula's string result: the value is text. */
        TEXT(null);

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The kind a {@code t} attribute names; a number if there is none. */
        static Kind of(CharSequence type) {
            if (type == null) {
                return NUMBER;
            }
            for (Kind kind : KINDS) {
                if (kind.code != null && kind.code.contentEquals(type)) {
                    return kind;
                }
            }
            return TEXT;
        }
    }
}
