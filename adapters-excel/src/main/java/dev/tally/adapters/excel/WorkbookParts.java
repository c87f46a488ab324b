package dev.tally.adapters.excel;

import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.table.RowSink;
import dev.tally.core.table.TableImport;
import dev.tally.core.table.TableLimits;
import dev.tally.core.table.Tables;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An opened .xlsx package, read without its workbook model: the sheets by name, the shared
 * strings, the date formats and the date system, and each sheet's rows streamed through StAX.
 * POI's {@code ZipSecureFile} limits apply to every part read, and its XML parsers refuse DOCTYPEs.
 * The ratio check starts at {@link Limits#RATIO_GRACE_BYTES} (a JVM-wide setting of POI, only ever
 * raised to it).
 */
final class WorkbookParts implements Tables, Closeable {

    /** The sheets that never hold the estimates: the optional lists, and the sheets written only for people. */
    private static final List<String> OTHER_SHEETS = List.of(TableImport.SOURCES, TableImport.SUBJECTS,
            TableImport.METRICS, XlsxLedgerWriter.LISTS, ChartSheet.NAME, AnalysisSheets.RECONCILED,
            AnalysisSheets.CHECKS, ReadMeSheet.NAME);

    static {
        ZipSecureFile.setGraceEntrySize(Math.max(ZipSecureFile.getGraceEntrySize(), Limits.RATIO_GRACE_BYTES));
    }

    private final OPCPackage pack;
    private final Map<String, PackagePart> sheets;
    private final Lookup lookup;
    private final MergedAreas merged = new MergedAreas();

    private WorkbookParts(OPCPackage pack, Map<String, PackagePart> sheets, Lookup lookup) {
        this.pack = pack;
        this.sheets = sheets;
        this.lookup = lookup;
    }

    /**
     * Opens a workbook file.
     *
     * @throws InvalidInputException with one problem if the file is not a readable .xlsx workbook
     */
    static WorkbookParts open(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw whole("the file is empty; an .xlsx workbook is a zip archive");
        }
        if (size > Limits.MAX_WORKBOOK_BYTES) {
            long megabytes = (size + Limits.MEGABYTE - 1) / Limits.MEGABYTE;
            throw whole("the file is " + TableLimits.format(megabytes) + " MB, more than the "
                    + TableLimits.format(Limits.MAX_WORKBOOK_BYTES / Limits.MEGABYTE) + " MB a workbook may be; split "
                    + "the estimates over several workbooks, or keep the ledger in JSON Lines");
        }
        OPCPackage pack = openPackage(file);
        try {
            XSSFReader reader = new XSSFReader(pack);
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                sheets.putIfAbsent(it.getSheetName(), it.getSheetPart());
            }
            Lookup lookup = new Lookup(new ReadOnlySharedStringsTable(pack, false), reader.getStylesTable(),
                    isDate1904(reader));
            return new WorkbookParts(pack, sheets, lookup);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            pack.revert();
            throw refused(e);
        }
    }

    private static OPCPackage openPackage(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw whole("this is an Excel 97-2003 (.xls) workbook; open it and save it as an .xlsx workbook");
        } catch (ODFNotOfficeXmlFileException e) {
            throw whole("this is an OpenDocument (.ods) spreadsheet; open it and save it as an .xlsx workbook");
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw whole(mentionsDoctype(e) ? refusal(e) : "not an .xlsx workbook: the file is not a complete zip "
                    + "archive holding a workbook; it may be truncated, damaged or another kind of file");
        } catch (POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
            throw refused(e);
        }
    }

    private static InvalidInputException refused(Exception e) {
        return whole(refusal(e));
    }

    /** The messages of an exception and its causes, joined. */
    private static String messages(Exception e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            message.append(' ').append(cause.getMessage());
        }
        return message.toString();
    }

    private static boolean mentionsDoctype(Exception e) {
        return messages(e).contains("DOCTYPE");
    }

    /** One line that says why a workbook part could not be read. */
    static String refusal(Exception e) {
        String message = messages(e);
        if (message.contains("Zip bomb")) {
            return "refused as a possible zip bomb: a part expands beyond " + Limits.RATIO_GRACE_BYTES / Limits.MEGABYTE
                    + " MB and to more than 100 times its compressed size, or beyond 4 GB";
        }
        if (mentionsDoctype(e)) {
            return "refused: a part of the workbook declares a DOCTYPE, which a workbook never needs "
                    + "(it could smuggle in outside files)";
        }
        if (e instanceof SAXException || e instanceof XMLStreamException) {
            return "a part of the workbook is not well-formed XML; the file is damaged";
        }
        return "not an .xlsx workbook, or a damaged one: a part is missing or unreadable";
    }

    private static InvalidInputException whole(String message) {
        return new InvalidInputException(List.of(new Problem(new Location.Whole(), message)));
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] date1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        date1904[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
        }
        return date1904[0];
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** The sheets in workbook order, but those the writer makes for other things than estimates. */
    @Override
    public List<String> estimateCandidates() {
        return sheets.keySet().stream().filter(s -> OTHER_SHEETS.stream().noneMatch(s::equalsIgnoreCase)).toList();
    }

    /** The sheet with the given name, ignoring case. */
    @Override
    public Optional<String> find(String name) {
        return sheets.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Streams a sheet's rows to a sink; a merged area's value is spread over the whole area once the
     * merged areas are known, in a second reading of the workbook if the first missed them (see
     * {@link MergedAreas} and {@link #readAgain()}).
     */
    @Override
    public Optional<Problem> read(String sheet, RowSink sink) {
        boolean first = merged.firstReading();
        SheetXmlHandler handler = null;
        try {
            List<CellRangeAddress> areas = first ? List.of() : mergedAreas(sheet);
            long spread = areas.stream().mapToLong(a -> (a.getLastRow() - a.getFirstRow() + 1L)
                    * (a.getLastColumn() - a.getFirstColumn() + 1L)).sum();
            if (spread > Limits.MAX_MERGED_CELLS) {
                return Optional.of(new Problem(new Location.Cell(sheet, "A1"), "the merged areas cover "
                        + TableLimits.format(spread) + " cells, more than the " + TableLimits.format(Limits.MAX_MERGED_CELLS)
                        + " this reader accepts; unmerge the cells"));
            }
            handler = new SheetXmlHandler(sheet, lookup, areas.isEmpty() ? sink : new MergeFiller(areas, sink));
            parse(sheet, handler, false);
            return Optional.empty();
        } catch (StopSheet stop) {
            return stop.problem();
        } catch (IOException | XMLStreamException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException | IllegalStateException e) {
            return Optional.of(new Problem(new Location.Cell(sheet, "A1"), "the sheet cannot be read: " + refusal(e)));
        } finally {
            if (first) {
                learn(sheet, handler);
            }
        }
    }

    /**
     * Whether the first reading of the workbook passed on rows that merged areas may fill; if so,
     * what is read from now on knows each sheet's merged areas before its rows.
     */
    boolean readAgain() {
        return merged.readAgain();
    }

    /** Takes what the first reading of a sheet learned of its merged areas. */
    private void learn(String sheet, SheetXmlHandler handler) {
        if (handler != null && handler.readToEnd()) {
            merged.readToEnd(sheet, handler.merged());
        } else if (merged.of(sheet).isEmpty()) {
            boolean mentions;
            try {
                mentions = mentionsMergedCells(sheet);
            } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException
                     | IllegalStateException e) {
                mentions = true;
            }
            merged.stoppedEarly(sheet, mentions);
        }
    }

    /** The sheet's merged areas: those its first reading learned, else found in a pass before its rows. */
    private List<CellRangeAddress> mergedAreas(String sheet) throws IOException, XMLStreamException, StopSheet {
        Optional<List<CellRangeAddress>> known = merged.of(sheet);
        if (known.isPresent()) {
            return known.get();
        }
        if (!mentionsMergedCells(sheet)) {
            return List.of();
        }
        SheetXmlHandler scan = new SheetXmlHandler(sheet, lookup, MergeFiller.IGNORE_ROWS);
        parse(sheet, scan, true);
        return scan.merged();
    }

    /** Whether the sheet's bytes hold the word mergeCell at all: a quick scan that spares most sheets an XML pass. */
    private boolean mentionsMergedCells(String sheet) throws IOException {
        try (InputStream in = sheets.get(sheet).getInputStream()) {
            return MergeCellScan.mentions(in);
        }
    }

    private void parse(String sheet, SheetXmlHandler handler, boolean mergedAreasOnly) throws IOException,
            XMLStreamException, StopSheet {
        try (InputStream in = sheets.get(sheet).getInputStream()) {
            SheetXml.read(in, handler, mergedAreasOnly);
        }
    }

    /** A cell by its A1 reference: {@code Estimates!E6}. */
    @Override
    public Location cell(String sheet, int row, int column, String header) {
        return new Location.Cell(sheet, CellReference.convertNumToColString(column) + row);
    }

    /** A row by its number: {@code Estimates!6}. */
    @Override
    public Location row(String sheet, int row) {
        return new Location.Cell(sheet, Integer.toString(row));
    }

    @Override
    public void close() {
        pack.revert();
    }

    /** What cells need to know about the workbook: its shared strings, date formats and date system. */
    static final class Lookup {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        /** The date format of each style, null if it formats no date, once {@link #found}. */
        private final String[] dateFormats;
        private final boolean[] found;

        Lookup(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.dateFormats = new String[styles == null ? 0 : styles.getNumCellStyles()];
            this.found = new boolean[dateFormats.length];
        }

        /** The shared string at an index, or null if there is none. */
        String sharedString(int index) {
            try {
                return strings.getItemAt(index).getString();
            } catch (IndexOutOfBoundsException | IllegalStateException e) {
                return null;
            }
        }

        /** The number format of a style if it formats dates, else null. */
        String dateFormat(int style) {
            if (style >= dateFormats.length) {
                return null;
            }
            if (!found[style]) {
                dateFormats[style] = findDateFormat(style);
                found[style] = true;
            }
            return dateFormats[style];
        }

        private String findDateFormat(int style) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            if (cellStyle == null) {
                return null;
            }
            String format = cellStyle.getDataFormatString();
            return DateUtil.isADateFormat(cellStyle.getDataFormat(), format) ? format : null;
        }

        /** Whether the workbook counts dates from 1904, as old Mac workbooks do. */
        boolean date1904() {
            return date1904;
        }
    }
}
