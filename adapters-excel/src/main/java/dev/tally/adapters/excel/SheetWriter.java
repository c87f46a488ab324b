package dev.tally.adapters.excel;

import dev.tally.core.model.Period;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.EstimateCells;
import dev.tally.core.table.Heading;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes the rows of one sheet: title lines (if any), a header row, then values, tracking the width
 * each column needs. Text that a spreadsheet could take for a formula is written as a quote-prefixed
 * string cell.
 */
final class SheetWriter implements EstimateCells.Target {

    /** Widths in characters: no column narrower or wider than these. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** The first day a date cell holds without doubt. */
    private static final LocalDate FIRST_DATE_CELL = LocalDate.of(1900, 3, 1);
    /** The longest hyperlink address Excel keeps. */
    private static final int MAX_LINK = 2_079;

    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final int[] widths;
    private final int headerRow;
    private final List<Problem> overflows = new ArrayList<>();
    private Row row;

    SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, List<? extends Heading> columns) {
        this(sheet, styles, columns, List.of());
    }

    /** Writes the title lines in the first column, one a row, then the header row below them. */
    SheetWriter(SXSSFSheet sheet, WorkbookStyles styles, List<? extends Heading> columns, List<String> titles) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new int[columns.size()];
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0, CellType.STRING);
            cell.setCellValue(titles.get(i));
            cell.setCellStyle(i == 0 ? styles.header() : styles.plain());
        }
        this.headerRow = titles.size();
        this.row = sheet.createRow(headerRow);
        for (Heading column : columns) {
            Cell cell = row.createCell(column.ordinal(), CellType.STRING);
            cell.setCellValue(column.names().header());
            cell.setCellStyle(styles.header());
            widen(column.ordinal(), column.names().header().length() + 3);
        }
    }

    /** Freezes the rows down to the header, so that it stays in view. */
    void freezeHeader() {
        sheet.createFreezePane(0, headerRow + 1);
    }

    /** The 0-based index of the header row. */
    int headerRow() {
        return headerRow;
    }

    /** Starts the next row. */
    void nextRow() {
        row = sheet.createRow(row.getRowNum() + 1);
    }

    /** The 0-based index of the current row. */
    int rowIndex() {
        return row.getRowNum();
    }

    /**
     * Writes a text, always as a string cell; nothing for null or blank. A text longer than a cell
     * holds is not written but kept as a problem: see {@link #overflows()}.
     */
    @Override
    public void text(Heading column, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > Limits.MAX_CELL_CHARACTERS) {
            overflow(column, text);
            return;
        }
        Cell cell = row.createCell(column.ordinal(), CellType.STRING);
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? styles.quoted() : styles.plain());
        widen(column.ordinal(), text.length());
    }

    /** Writes a whole number with thousands separators. */
    @Override
    public void number(Heading column, long value) {
        Cell cell = row.createCell(column.ordinal(), CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(styles.thousands());
        widen(column.ordinal(), groupedWidth(value));
    }

    /**
     * How many characters a whole number takes with thousands separators ({@code -1,234,567}: 10),
     * counted without formatting it: this runs for every number cell, where formatting cost a
     * quarter of a large export's time.
     */
    static int groupedWidth(long value) {
        int digits = 1;
        for (long rest = Math.abs(value / 10); rest > 0; rest /= 10) {
            digits++;
        }
        return (value < 0 ? 1 : 0) + digits + (digits - 1) / 3;
    }

    /** Writes a number with two decimals. */
    void decimal(Heading column, double value) {
        Cell cell = row.createCell(column.ordinal(), CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(styles.decimal());
        widen(column.ordinal(), String.format(Locale.ENGLISH, "%,.2f", value).length());
    }

    /**
     * Writes a day as a date cell, and any other period as its canonical text. Days before 1 March
     * 1900 are text too: spreadsheet date numbers cannot hold them (and 1900 has a false 29 February).
     */
    @Override
    public void period(Heading column, Period period) {
        if (period instanceof Period.Day && !((Period.Day) period).date().isBefore(FIRST_DATE_CELL)) {
            LocalDate day = ((Period.Day) period).date();
            Cell cell = row.createCell(column.ordinal(), CellType.NUMERIC);
            cell.setCellValue(day);
            cell.setCellStyle(styles.date());
            widen(column.ordinal(), 10);
        } else {
            text(column, period.toText());
        }
    }

    /**
     * Writes a URL, as a hyperlink when it is a well-formed web or mail address that a link can
     * hold: a link's address is not escaped as a cell's text is, and Excel keeps at most
     * {@value #MAX_LINK} characters of it.
     */
    @Override
    public void link(Heading column, String url) {
        text(column, url);
        Cell cell = row.getCell(column.ordinal());
        if (cell == null || url.length() > MAX_LINK || !Xstrings.encode(url).equals(url) || !isLinkable(url)) {
            return;
        }
        ((StreamingWorkbook) sheet.getWorkbook()).link(sheet, cell.getRowIndex(), cell.getColumnIndex(), url);
        cell.setCellStyle(styles.link());
    }

    /** Sets every column's width to fit its widest value, within bounds. */
    void fitColumns() {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2)) * 256);
        }
    }

    /**
     * Whether the rows of so many records fit below the header; if they do not, that is kept as a
     * problem: see {@link #overflows()}.
     */
    boolean fits(int records) {
        long rows = headerRow + 1L + records;
        if (rows <= Limits.MAX_ROWS) {
            return true;
        }
        overflows.add(new Problem(new Location.Cell(sheet.getSheetName(), "A" + Limits.MAX_ROWS), "the sheet would "
                + "need " + Limits.format(rows) + " rows, more than a sheet has (" + Limits.format(Limits.MAX_ROWS)
                + "); keep this ledger in JSON Lines"));
        return false;
    }

    /**
     * The texts too long for their cells, each at its cell, and rows beyond the last; if there are
     * any, the sheet must not be saved.
     */
    List<Problem> overflows() {
        return overflows;
    }

    private void overflow(Heading column, String text) {
        Cell id = row.getCell(0);
        String record = id == null || column.ordinal() == 0 ? "" : " of " + id.getStringCellValue();
        overflows.add(new Problem(new Location.Cell(sheet.getSheetName(),
                new CellReference(row.getRowNum(), column.ordinal()).formatAsString(false)),
                "the " + column.names().header() + record + " holds " + Limits.format(text.length())
                        + " characters, more than a spreadsheet cell holds ("
                        + Limits.format(Limits.MAX_CELL_CHARACTERS) + "); shorten it, or keep this ledger in JSON"));
    }

    private void widen(int column, int characters) {
        widths[column] = Math.max(widths[column], characters);
    }

    /** Whether a spreadsheet program could read the text as a formula if it were typed in. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean isLinkable(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && List.of("http", "https", "mailto").contains(scheme.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
