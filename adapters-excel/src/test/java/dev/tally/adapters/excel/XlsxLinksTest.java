package dev.tally.adapters.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import dev.tally.core.table.EstimateColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hyperlinks are written into the sheet's XML and relationships as the package is written ({@link SheetLinks}), not
 * kept as POI objects: POI reads every one back at its cell, and the sheet's XML keeps the schema's order.
 */
class XlsxLinksTest {

    private static final int ESTIMATES = 3_000;

    @TempDir
    Path dir;

    @Test
    void every_linked_url_reads_back_at_its_cell_with_its_address() throws IOException {
        Ledger.Builder builder = Ledger.builder().add(Source.of("s", "S", SourceKind.MEDIA)).add(new Subject("x", "X"));
        for (int i = 0; i < ESTIMATES; i++) {
            builder.add(Estimate.builder().id("e" + i).source("s").subject("x").metric("killed").quantity(i + "")
                    .asOf("2025-01").reported("2025-01").citation(i % 3 == 0 ? null : new Citation(Optional.empty(),
                            Optional.empty(),
                            Optional.of("https://example.org/a?b=" + i + "&c=d"), Optional.empty())).build());
        }
        Ledger ledger = builder.build();
        Path file = Workbooks.export(ledger, dir.resolve("links.xlsx"));

        assertEquals(ledger, Workbooks.read(file));
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            XSSFSheet sheet = workbook.getSheet("Estimates");
            assertEquals(ESTIMATES * 2 / 3, sheet.getHyperlinkList().size());
            for (int i = 0; i < ESTIMATES; i++) {
                var link = sheet.getRow(i + 1).getCell(EstimateColumn.URL.ordinal()) == null ? null
                        : sheet.getRow(i + 1).getCell(EstimateColumn.URL.ordinal()).getHyperlink();
                assertEquals(i % 3 == 0 ? null : "https://example.org/a?b=" + i + "&c=d",
                        link == null ? null : link.getAddress(), "row " + (i + 2));
            }
        }
        String xml = sheetXml(file, "Estimates");
        assertTrue(xml.indexOf("</dataValidations>") < xml.indexOf("<hyperlinks")
                && xml.indexOf("<hyperlinks") < xml.indexOf("<pageMargins"), "hyperlinks in the schema's place");
    }

    /** The XML of the sheet of that name, read from the package as it is. */
    private static String sheetXml(Path file, String name) throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(file); ZipFile zip = new ZipFile(file.toFile())) {
            String part = workbook.getSheet(name).getPackagePart().getPartName().getName().substring(1);
            try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
