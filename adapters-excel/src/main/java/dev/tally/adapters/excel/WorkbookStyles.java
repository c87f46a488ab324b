package dev.tally.adapters.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles an exported workbook uses, created once per workbook, and its default one. */
final class WorkbookStyles {

    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle thousands;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle quoted;
    private final CellStyle link;

    WorkbookStyles(Workbook workbook) {
        plain = workbook.getCellStyleAt(0);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        thousands = workbook.createCellStyle();
        thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(blue);
    }

    /**
     * The workbook's default style, set on the cells that have no other: a streamed cell without a
     * style looks its column's up as it is written, building a style object each time.
     */
    CellStyle plain() {
        return plain;
    }

    CellStyle header() {
        return header;
    }

    CellStyle thousands() {
        return thousands;
    }

    CellStyle decimal() {
        return decimal;
    }

    CellStyle date() {
        return date;
    }

    CellStyle quoted() {
        return quoted;
    }

    CellStyle link() {
        return link;
    }
}
