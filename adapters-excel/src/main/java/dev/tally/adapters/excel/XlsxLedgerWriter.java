package dev.tally.adapters.excel;

import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Source;
import dev.tally.core.spi.LedgerWriter;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.UnwritableLedgerException;
import dev.tally.core.table.EstimateCells;
import dev.tally.core.table.EstimateColumn;
import dev.tally.core.table.Heading;
import dev.tally.core.table.MetricColumn;
import dev.tally.core.table.SourceColumn;
import dev.tally.core.table.SubjectColumn;
import dev.tally.core.table.TableImport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a ledger as a workbook an analyst can keep using, streaming the rows with SXSSF: the
 * Estimates sheet as an Excel table with dropdowns, then Sources, Subjects, Metrics (the ones the
 * ledger adds), the {@link AnalysisSheets} Reconciled and Checks, a hidden Lists sheet that feeds
 * the dropdowns, and the {@link ChartSheet}.
 */
final class XlsxLedgerWriter implements LedgerWriter {

    static final String ESTIMATES = TableImport.ESTIMATES;
    static final String SOURCES = TableImport.SOURCES;
    static final String SUBJECTS = TableImport.SUBJECTS;
    static final String METRICS = TableImport.METRICS;
    static final String LISTS = "Lists";

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int WINDOW = 200;
    private static final String TABLE_STYLE = "TableStyleMedium2";

    @Override
    public void write(Ledger ledger, OutputStream output) throws IOException {
        write(ledger, output, Knowledge.ofAll(ledger));
    }

    /** Writes every estimate; the Reconciled and Checks sheets show what was known at the date. */
    @Override
    public void write(Ledger ledger, OutputStream output, LocalDate asKnownAt) throws IOException {
        write(ledger, output, Knowledge.at(ledger, asKnownAt));
    }

    private void write(Ledger ledger, OutputStream output, Knowledge knowledge) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        boolean charted = ChartSheet.add(base, ledger);
        stream(base, output, (workbook, styles) -> {
            refuseOverflows(writeData(ledger, workbook, styles));
            AnalysisSheets.write(knowledge, workbook, styles);
            writeLists(ledger, workbook);
            if (charted) {
                moveChartToTheEnd(workbook);
            }
        });
    }

    /**
     * Streams a workbook: the sheets already in {@code base}, then those {@code sheets} adds, row by
     * row through SXSSF, whose temporary files are removed even when the write fails (closing the
     * workbook disposes of them).
     */
    static void stream(XSSFWorkbook base, OutputStream output, BiConsumer<SXSSFWorkbook, WorkbookStyles> sheets)
            throws IOException {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(base, WINDOW)) {
            sheets.accept(workbook, new WorkbookStyles(workbook));
            workbook.write(output);
            output.flush();
        }
    }

    /**
     * Writes the sheets that read back to the ledger: Estimates, Sources, Subjects and the added
     * Metrics; gives the texts too long for their cells (see {@link SheetWriter#overflows()}).
     */
    static List<Problem> writeData(Ledger ledger, SXSSFWorkbook workbook, WorkbookStyles styles) {
        List<Problem> overflows = new ArrayList<>();
        overflows.addAll(writeEstimates(ledger, workbook, styles));
        overflows.addAll(writeSources(ledger, workbook, styles));
        overflows.addAll(writeSubjects(ledger, workbook, styles));
        List<Metric> added = ledger.metrics().stream().filter(m -> !MetricCatalog.builtIn().contains(m)).toList();
        if (!added.isEmpty()) {
            overflows.addAll(writeMetrics(added, workbook, styles));
        }
        return overflows;
    }

    /** Refuses the ledger, before a byte is written, if some of its texts do not fit their cells. */
    static void refuseOverflows(List<Problem> overflows) {
        if (!overflows.isEmpty()) {
            throw new UnwritableLedgerException(overflows);
        }
    }

    /** The Chart sheet, made first in the template, goes after the data sheets; Estimates opens first. */
    private static void moveChartToTheEnd(SXSSFWorkbook workbook) {
        workbook.setSheetOrder(ChartSheet.NAME, workbook.getNumberOfSheets() - 1);
        workbook.getXSSFWorkbook().getSheet(ChartSheet.NAME).setSelected(false);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    private static List<Problem> writeEstimates(Ledger ledger, SXSSFWorkbook workbook, WorkbookStyles styles) {
        SXSSFSheet sheet = workbook.createSheet(ESTIMATES);
        List<Problem> overflows = writeTable(sheet, styles, EstimateColumn.values(), List.of(), ledger.estimates(),
                EstimateCells::write);
        addDropdown(sheet, EstimateColumn.SOURCE, ledger.sources().size(), "A");
        addDropdown(sheet, EstimateColumn.METRIC, ledger.metrics().size(), "B");
        return overflows;
    }

    /**
     * Writes a sheet as an Excel table named after it (filter buttons, banded rows): title lines,
     * a frozen header row, one row per record, fitted columns. An empty table keeps one blank row.
     * Gives the texts too long for their cells.
     */
    static <T> List<Problem> writeTable(SXSSFSheet sheet, WorkbookStyles styles, Heading[] columns,
                                        List<String> titles, List<T> records, BiConsumer<T, SheetWriter> write) {
        SheetWriter out = writeSheet(sheet, styles, columns, titles, records, write);
        AreaReference area = new AreaReference(new CellReference(out.headerRow(), 0),
                new CellReference(Math.max(out.headerRow() + 1, out.rowIndex()), columns.length - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(area);
        String name = sheet.getSheetName().replaceAll("[^A-Za-z]", "") + "Table";
        table.setName(name);
        table.setDisplayName(name);
        for (int i = 0; i < columns.length; i++) {
            table.getColumns().get(i).setName(columns[i].names().header());
        }
        table.setStyleName(TABLE_STYLE);
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        return out.overflows();
    }

    /** A dropdown on every cell below the header of a column, listing a column of the Lists sheet. */
    private static void addDropdown(SXSSFSheet sheet, Heading column, int count, String listColumn) {
        if (count == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String range = LISTS + "!$" + listColumn + "$2:$" + listColumn + "$" + (count + 1);
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("Not in the list", "Use an id from the list, or add the new entry to its sheet.");
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static List<Problem> writeSources(Ledger ledger, SXSSFWorkbook workbook, WorkbookStyles styles) {
        return writeSheet(workbook.createSheet(SOURCES), styles, SourceColumn.values(), List.of(), ledger.sources(),
                (s, out) -> {
                    out.text(SourceColumn.ID, s.id());
                    out.text(SourceColumn.NAME, s.name());
                    out.text(SourceColumn.KIND, s.kind().toText());
                    out.text(SourceColumn.COUNTRY, s.country().orElse(null));
                    out.text(SourceColumn.RELIABILITY, s.reliability().map(Enum::name).orElse(null));
                }).overflows();
    }

    private static List<Problem> writeSubjects(Ledger ledger, SXSSFWorkbook workbook, WorkbookStyles styles) {
        return writeSheet(workbook.createSheet(SUBJECTS), styles, SubjectColumn.values(), List.of(), ledger.subjects(),
                (s, out) -> {
                    out.text(SubjectColumn.ID, s.id());
                    out.text(SubjectColumn.NAME, s.name());
                }).overflows();
    }

    private static List<Problem> writeMetrics(List<Metric> metrics, SXSSFWorkbook workbook, WorkbookStyles styles) {
        return writeSheet(workbook.createSheet(METRICS), styles, MetricColumn.values(), List.of(), metrics,
                (m, out) -> {
                    out.text(MetricColumn.ID, m.id());
                    out.text(MetricColumn.NAME, m.name());
                    out.text(MetricColumn.UNIT, m.unit());
                    out.text(MetricColumn.PART_OF, m.partOf().orElse(null));
                    out.text(MetricColumn.CANNOT_EXCEED, m.cannotExceed().orElse(null));
                    out.text(MetricColumn.SYNONYMS, String.join("; ", m.synonyms()));
                }).overflows();
    }

    /**
     * Writes title lines, a frozen header row, then one row per record, and fits the columns; no
     * record if they need more rows than a sheet has (see {@link SheetWriter#overflows()}).
     */
    private static <T> SheetWriter writeSheet(SXSSFSheet sheet, WorkbookStyles styles, Heading[] columns,
                                              List<String> titles, List<T> records, BiConsumer<T, SheetWriter> write) {
        SheetWriter out = new SheetWriter(sheet, styles, List.of(columns), titles);
        out.freezeHeader();
        if (!out.fits(records.size())) {
            return out;
        }
        for (T record : records) {
            out.nextRow();
            write.accept(record, out);
        }
        out.fitColumns();
        return out;
    }

    /** The hidden sheet whose columns feed the dropdowns: A the source ids, B the metric ids. */
    static void writeLists(Ledger ledger, SXSSFWorkbook workbook) {
        SXSSFSheet sheet = workbook.createSheet(LISTS);
        sheet.createRow(0).createCell(0).setCellValue("Source ids");
        sheet.getRow(0).createCell(1).setCellValue("Metric ids");
        List<String> sources = ledger.sources().stream().map(Source::id).toList();
        List<String> metrics = ledger.metrics().stream().map(Metric::id).toList();
        for (int i = 0; i < Math.max(sources.size(), metrics.size()); i++) {
            var row = sheet.createRow(i + 1);
            if (i < sources.size()) {
                row.createCell(0).setCellValue(sources.get(i));
            }
            if (i < metrics.size()) {
                row.createCell(1).setCellValue(metrics.get(i));
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }
}
