package dev.tally.adapters.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
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
 *   <li>Its hyperlinks cost a cell reference each ({@link SheetLinks}): they are written into the
 *   sheet's XML and relationships as the package is written, not kept as POI objects until then.</li>
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

    /** The links of each sheet that has any, by the name of the sheet's part in the package. */
    private final Map<String, SheetLinks> links = new HashMap<>();

    /** Links a cell of a sheet of this workbook to an address. */
    void link(SXSSFSheet sheet, int row, int column, String address) {
        String part = getXSSFWorkbook().getSheetAt(getSheetIndex(sheet)).getPackagePart().getPartName().getName()
                .substring(1);
        links.computeIfAbsent(part, name -> new SheetLinks()).add(row, column, address);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EscapingSheetData(this);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new DatedEntries(out, links);
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

    /**
     * A ZIP stream that dates every entry 1980-01-01 00:00, the first day a ZIP entry can hold, and
     * writes each linked sheet's hyperlinks into the sheet's XML (after {@code </sheetData>}, which
     * it watches for as the rows stream by) and into the sheet's relationships part.
     */
    private static final class DatedEntries extends ZipArchiveOutputStream {

        private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.UTF_8);
        private static final String RELS_FOLDER = "_rels/";

        private final Map<String, SheetLinks> links;
        private final Set<String> relationshipsWritten = new HashSet<>();
        private final OutputStream direct = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                DatedEntries.super.write(b, off, len);
            }
        };
        /** The links of the entry being written, if it is a linked sheet or its relationships. */
        private SheetLinks current;
        /** Whether the entry is a sheet's relationships part, and that sheet's part. */
        private boolean relationships;
        private String currentSheet;
        /** How much of {@code </sheetData>} the sheet's bytes have matched so far. */
        private int matched;
        /** The sheet's XML after {@code </sheetData>}, or the relationships part, held until the entry ends. */
        private ByteArrayOutputStream held;

        DatedEntries(OutputStream out, Map<String, SheetLinks> links) {
            super(out);
            this.links = links;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            // ZIP dates are local times: the zone of this machine makes them read 1980-01-01 00:00.
            entry.setTime(LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
            super.putArchiveEntry(entry);
            String name = entry.getName();
            current = links.get(name);
            relationships = current == null && name.endsWith(".rels") && name.contains(RELS_FOLDER);
            if (relationships) {
                currentSheet = sheetOf(name);
                current = links.get(currentSheet);
            }
            matched = 0;
            held = current != null && relationships ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (current == null || held != null) {
                if (held != null) {
                    held.write(b, off, len);
                } else {
                    super.write(b, off, len);
                }
                return;
            }
            for (int i = off; i < off + len; i++) {
                matched = b[i] == SHEET_DATA_END[matched] ? matched + 1 : b[i] == SHEET_DATA_END[0] ? 1 : 0;
                if (matched == SHEET_DATA_END.length) {
                    super.write(b, off, i + 1 - off);
                    held = new ByteArrayOutputStream();
                    held.write(b, i + 1, off + len - i - 1);
                    return;
                }
            }
            super.write(b, off, len);
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (current != null) {
                if (held == null) {
                    throw new IOException("a linked sheet's XML has no </sheetData>");
                }
                String text = held.toString(StandardCharsets.UTF_8);
                if (relationships) {
                    current.writeRelationships(text, direct);
                    relationshipsWritten.add(currentSheet);
                } else {
                    current.writeSheetEnd(text, direct);
                }
                current = null;
                held = null;
            }
            super.closeArchiveEntry();
        }

        /** Checks that every linked sheet's relationships were written: a linked sheet holds a table, so it has them. */
        @Override
        public void finish() throws IOException {
            if (!relationshipsWritten.containsAll(links.keySet())) {
                throw new IOException("a linked sheet has no relationships part to hold its links");
            }
            super.finish();
        }

        /** {@code xl/worksheets/_rels/sheet1.xml.rels} → {@code xl/worksheets/sheet1.xml}. */
        private static String sheetOf(String relationships) {
            int folder = relationships.lastIndexOf(RELS_FOLDER);
            return relationships.substring(0, folder) + relationships.substring(folder + RELS_FOLDER.length(),
                    relationships.length() - ".rels".length());
        }
    }
}
