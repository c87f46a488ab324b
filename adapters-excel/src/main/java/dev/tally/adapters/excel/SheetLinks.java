package dev.tally.adapters.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The hyperlinks of one streamed sheet, kept as cell and address and written into the sheet's XML
 * and its relationships part as the workbook is written. POI would keep each link as an XML
 * document of its own, about 2 KB, until the end: 100 MB for a ledger of 100,000 estimates, half of
 * them cited with a URL. Here a link costs its cell reference; the address is the estimate's own
 * string.
 */
final class SheetLinks {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HYPERLINK = RELATIONSHIPS + "/hyperlink";
    /** The elements that come after {@code hyperlinks} in a worksheet (ECMA-376 CT_Worksheet), the first found first. */
    private static final List<String> FOLLOWERS = List.of("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter",
            "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing",
            "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls",
            "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private final List<String> cells = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    /** Links a cell to an address. */
    void add(int row, int column, String address) {
        cells.add(new CellReference(row, column).formatAsString(false));
        addresses.add(address);
    }

    /**
     * The end of the sheet's XML, from {@code </sheetData>} on, with the {@code hyperlinks} element
     * in its place.
     */
    void writeSheetEnd(String end, OutputStream out) throws IOException {
        int at = FOLLOWERS.stream().mapToInt(end::indexOf).filter(i -> i >= 0).min()
                .orElseThrow(() -> new IOException("the sheet's XML has no end tag"));
        out.write(end.substring(0, at).getBytes(StandardCharsets.UTF_8));
        StringBuilder links = new StringBuilder("<hyperlinks xmlns:r=\"").append(RELATIONSHIPS).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            links.append("<hyperlink ref=\"").append(cells.get(i)).append("\" r:id=\"").append(id(i)).append("\"/>");
            if (links.length() > 1 << 16) {
                out.write(links.toString().getBytes(StandardCharsets.UTF_8));
                links.setLength(0);
            }
        }
        out.write(links.append("</hyperlinks>").append(end.substring(at)).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sheet's relationships part, as POI wrote it, with a relationship for each link. */
    void writeRelationships(String part, OutputStream out) throws IOException {
        out.write(part.substring(0, part.lastIndexOf("</Relationships>")).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (int i = 0; i < cells.size(); i++) {
            chunk.write(("<Relationship Id=\"" + id(i) + "\" Type=\"" + HYPERLINK + "\" Target=\""
                    + attribute(addresses.get(i)) + "\" TargetMode=\"External\"/>").getBytes(StandardCharsets.UTF_8));
            if (chunk.size() > 1 << 16) {
                chunk.writeTo(out);
                chunk.reset();
            }
        }
        chunk.writeTo(out);
        out.write("</Relationships>".getBytes(StandardCharsets.UTF_8));
    }

    private static String id(int link) {
        return "rIdLink" + (link + 1);
    }

    /** An address as an XML attribute value; a linked address holds no character XML cannot hold (see SheetWriter). */
    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
