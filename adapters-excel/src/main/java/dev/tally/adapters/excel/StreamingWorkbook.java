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
 *   <li>Its ZIP entries are plain ones, deflated at level {@value #LEVEL}: no ZIP64 marker (SXSSF announces ZIP64 in every local
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
     * The deflate level of the entries: on a large export's sheet XML, level 5 takes 40% less time
     * than the default 6 for a file 2% larger.
     */
    private static final int LEVEL = 5;

    /**
     * Streams the sheets of {@code base} and those added to it, keeping {@code window} rows in memory.
     */
    StreamingWorkbook(XSSFWorkbook base, int window) {
        super(base, window);
        setZip64Mode(Zip64Mode.Never);
    }

    /** The links of each sheet that has any. */
    private final Map<SXSSFSheet, SheetLinks> links = new HashMap<>();

    /** Links a cell of a sheet of this workbook to an address. */
    void link(SXSSFSheet sheet, int row, int column, String address) {
        links.computeIfAbsent(sheet, s -> new SheetLinks()).add(row, column, address);
    }

    /** The links of each sheet that has any, by the name of the sheet's part in the package. */
    private Map<String, SheetLinks> linksByPart() {
        Map<String, SheetLinks> byPart = new HashMap<>();
        links.forEach((sheet, sheetLinks) -> byPart.put(getXSSFWorkbook().getSheetAt(getSheetIndex(sheet))
                .getPackagePart().getPartName().getName().substring(1), sheetLinks));
        return byPart;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EscapingSheetData(this);
    }

    /** Tells the ZIP stream where a sheet's rows end, so that it need not search them for {@code </sheetData>}. */
    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        ISheetInjector rows = super.createSheetInjector(sheet);
        return output -> {
            rows.writeSheetData(output);
            ((DatedEntries) output).sheetDataWritten();
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new DatedEntries(out, linksByPart());
        zip.setUseZip64(Zip64Mode.Never);
        zip.setLevel(LEVEL);
        return zip;
    }

    /**
     * Sheet XML whose strings are escaped before SXSSF writes them. It writes them as SXSSF's own
     * escaping does, but in runs of characters rather than one code point at a time through a stream.
     */
    private static final class EscapingSheetData extends SheetDataWriter {

        EscapingSheetData(StreamingWorkbook workbook) throws IOException {
            super(workbook.getSharedStringSource());
        }

        @Override
        protected void outputEscapedString(String text) throws IOException {
            String escaped = Xstrings.encode(text);
            int run = 0;
            for (int i = 0; i < escaped.length(); i++) {
                String entity = entity(escaped.charAt(i));
                if (entity != null) {
                    _out.write(escaped, run, i - run);
                    _out.write(entity);
                    run = i + 1;
                }
            }
            _out.write(escaped, run, escaped.length() - run);
        }

        /**
         * What SXSSF writes for a character in place of itself, or null: XML's entities, the white
         * space and no-break space as character references, and {@code ?} for a character XML
         * cannot hold (which {@link Xstrings#encode} has escaped already).
         */
        private static String entity(char c) {
            switch (c) {
                case '<': return "&lt;";
                case '>': return "&gt;";
                case '&': return "&amp;";
                case '"': return "&quot;";
                case '\n': return "&#xa;";
                case '\r': return "&#xd;";
                case '\t': return "&#x9;";
                case '\u00A0': return "&#xa0;";
                default: return c < ' ' || c >= '\uFFFE' ? "?" : null;
            }
        }
    }

    /**
     * A ZIP stream that dates every entry 1980-01-01 00:00, the first day a ZIP entry can hold, and
     * writes each linked sheet's hyperlinks into the sheet's XML (after {@code </sheetData>}, which
     * follows the rows) and into the sheet's relationships part.
     */
    private static final class DatedEntries extends ZipArchiveOutputStream {

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
        /** The sheet's XML from {@code </sheetData>} on, or the relationships part, held until the entry ends. */
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
            held = current != null && relationships ? new ByteArrayOutputStream() : null;
        }

        /** The rows of the sheet being written are all written: what follows is {@code </sheetData>}. */
        void sheetDataWritten() {
            if (current != null) {
                held = new ByteArrayOutputStream();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held != null) {
                held.write(b, off, len);
            } else {
                super.write(b, off, len);
            }
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            if (current != null) {
                if (held == null) {
                    throw new IOException("a linked sheet's rows were not written");
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
