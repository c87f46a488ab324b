package dev.tally.adapters.excel;

import dev.tally.core.model.Ledger;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.spi.TemplateWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook to fill in: the Read me sheet first, then the sheets of an export with no
 * estimates (the Estimates table with its dropdowns, Sources, Subjects and any added Metrics, from
 * the context ledger) and the hidden Lists sheet. Its import gives the context's sources, subjects
 * and metrics and exactly the rows the analyst wrote.
 */
final class XlsxTemplateWriter implements TemplateWriter {

    @Override
    public void writeTemplate(Ledger context, OutputStream output) throws IOException {
        Ledger choices = withoutEstimates(context);
        XlsxLedgerWriter.stream(new XSSFWorkbook(), output, (workbook, styles) -> {
            XlsxLedgerWriter.refuseOverflows(XlsxLedgerWriter.writeData(choices, workbook, styles));
            ReadMeSheet.write(workbook, styles);
            XlsxLedgerWriter.writeLists(choices, workbook);
            workbook.setSheetOrder(ReadMeSheet.NAME, 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
        });
    }

    private static Ledger withoutEstimates(Ledger context) {
        Ledger.Builder choices = Ledger.builder();
        context.sources().forEach(choices::add);
        context.subjects().forEach(choices::add);
        context.metrics().stream().filter(m -> !MetricCatalog.builtIn().contains(m)).forEach(choices::add);
        return choices.build();
    }
}
