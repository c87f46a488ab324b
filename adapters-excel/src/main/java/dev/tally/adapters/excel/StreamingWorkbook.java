package dev.tally.adapters.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The streaming workbook Tally writes, which loses nothing and which every ZIP reader can read.
 *
 * <ul>
 *   <li>Its sheets write their text with {@link Xstrings} escapes: plain SXSSF writes {@code ?} for
 *   each character XML cannot hold. Cells keep the text itself, so the 32,767-character limit of a
 *   cell counts characters, not escapes.</li>
 *   <li>Its ZIP entries are plain ones: no ZIP64 marker (SXSSF announces ZIP64 in every local
 *   header, which readers that stream local headers, such as {@link java.util.zip.ZipInputStream},
 *   refuse), and the valid, reproducible date Excel gives its own entries, 1980-01-01 00:00 (SXSSF
 *   leaves the date 0, which reads as 1980-00-00). A part that grew past 4 GB would need ZIP64:
 *   the write then fails with commons-compress's {@code Zip64RequiredException}, and the caller's
 *   temporary file is dropped.</li>
 * </ul>
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /**
     * Streams the sheets of {@code base} and those added to it, keeping {@code window} rows in memory.
     */
    StreamingWorkbook(XSSFWorkbook base, int window) {
        super(base, window);
        setZip64Mode(Zip64Mode.Never);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EscapingSheetData(this);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new DatedEntries(out);
        zip.setUseZip64(Zip64Mode.Never);
        return zip;
    }

    /** Sheet XML whose strings are escaped before SXSSF writes them. */
    private static final class EscapingSheetData extends SheetDataWriter {

        EscapingSheetData(StreamingWorkbook workbook) throws IOException {
            super(workbook.getSharedStringSource());
        }

        @Override
        protected void outputEscapedString(String text) throws IOException {
            super.outputEscapedString(Xstrings.encode(text));
        }
    }

    /** A ZIP stream that dates every entry 1980-01-01 00:00, the first day a ZIP entry can hold. */
    private static final class DatedEntries extends ZipArchiveOutputStream {

        DatedEntries(OutputStream out) {
            super(out);
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            // ZIP dates are local times: the zone of this machine makes them read 1980-01-01 00:00.
            entry.setTime(LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
            super.putArchiveEntry(entry);
        }
    }
}
