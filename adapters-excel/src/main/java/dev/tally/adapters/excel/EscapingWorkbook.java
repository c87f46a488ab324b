package dev.tally.adapters.excel;

import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose sheets write their text with {@link Xstrings} escapes, so that no
 * character is lost: plain SXSSF writes {@code ?} for each character XML cannot hold. Cells keep the
 * text itself, so the 32,767-character limit of a cell counts characters, not escapes.
 */
final class EscapingWorkbook extends SXSSFWorkbook {

    /**
     * Streams the sheets of {@code base} and those added to it, keeping {@code window} rows in memory.
     */
    EscapingWorkbook(XSSFWorkbook base, int window) {
        super(base, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EscapingSheetData(this);
    }

    /** Sheet XML whose strings are escaped before SXSSF writes them. */
    private static final class EscapingSheetData extends SheetDataWriter {

        EscapingSheetData(EscapingWorkbook workbook) throws IOException {
            super(workbook.getSharedStringSource());
        }

        @Override
        protected void outputEscapedString(String text) throws IOException {
            super.outputEscapedString(Xstrings.encode(text));
        }
    }
}
