package dev.tally.adapters.excel;

import dev.tally.core.analysis.Checks;
import dev.tally.core.analysis.Contribution;
import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.analysis.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Reconciled and Checks sheets: the core's analysis of every estimate in the ledger, whenever
 * reported ({@link Knowledge#ofAll}), so that exporting the same ledger twice gives the same
 * workbook; or of what was known at a date ({@link Knowledge#at}), when the export asks for it. Each is an Excel table under a title line that says what it shows. Output only: the
 * reader passes both by.
 */
final class AnalysisSheets {

    static final String RECONCILED = "Reconciled";
    static final String CHECKS = "Checks";

    /** The most data rows a sheet holds below its title line and header row. */
    static final int MAX_ROWS = Limits.MAX_ROWS - 2;

    /** The longest text that says how many more ids a cell leaves out. */
    private static final int LONGEST_MORE = more(Integer.MAX_VALUE).length();

    private AnalysisSheets() {
    }

    /** Adds both sheets to the workbook, showing what the knowledge holds. */
    static void write(Knowledge knowledge, SXSSFWorkbook workbook, WorkbookStyles styles) {
        String scope = knowledge.date().equals(LocalDate.MAX) ? "every estimate in the ledger, whenever reported"
                : "the estimates known at " + knowledge.date() + " (reported in a period ended by then)";
        writeReconciled(Reconciliation.all(knowledge), scope, workbook, styles);
        writeChecks(knowledge, scope, workbook, styles);
    }

    private static void writeReconciled(List<Reconciliation> all, String scope, SXSSFWorkbook workbook,
                                        WorkbookStyles styles) {
        String title = "Reconciled from " + scope + "; superseded estimates left out. Per source its latest cumulative figure plus later increments; Low is the least low, High "
                + "the greatest (empty: unbounded), Best the median weighted by source reliability, Spread High ÷ Low."
                + shown(all.size());
        XlsxLedgerWriter.writeTable(workbook.createSheet(RECONCILED), styles, ReconciledColumn.values(), List.of(title),
                head(all), AnalysisSheets::writeReconciliation);
    }

    private static void writeReconciliation(Reconciliation r, SheetWriter out) {
        out.text(ReconciledColumn.SUBJECT, r.subject());
        out.text(ReconciledColumn.METRIC, r.metric());
        out.number(ReconciledColumn.LOW, r.low());
        r.best().ifPresent(best -> out.number(ReconciledColumn.BEST, best));
        r.high().ifPresent(high -> out.number(ReconciledColumn.HIGH, high));
        r.spread().ifPresent(spread -> out.decimal(ReconciledColumn.SPREAD, spread));
        out.text(ReconciledColumn.SOURCES, joined(r.contributions().stream().map(Contribution::source).toList()));
        out.text(ReconciledColumn.ESTIMATES, joined(r.contributions().stream()
                .flatMap(c -> c.estimates().stream()).toList()));
    }

    private static void writeChecks(Knowledge knowledge, String scope, SXSSFWorkbook workbook, WorkbookStyles styles) {
        List<Finding> findings = Checks.standard().run(knowledge);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        String title = findings.isEmpty() ? "No problems found: the standard checks of " + scope
                + " found no figures that cannot all be true and nothing worth a second look."
                : count(errors, "error") + " and " + count(findings.size() - errors, "warning") + " from the "
                + "standard checks of " + scope + "." + shown(findings.size());
        XlsxLedgerWriter.writeTable(workbook.createSheet(CHECKS), styles, CheckColumn.values(), List.of(title),
                head(findings), (f, out) -> {
                    out.text(CheckColumn.RULE, f.rule());
                    out.text(CheckColumn.SEVERITY, f.severity().name().toLowerCase(Locale.ROOT));
                    out.text(CheckColumn.MESSAGE, DisplayText.cell(f.message()));
                    out.text(CheckColumn.ESTIMATES, joined(f.estimates()));
                });
    }

    private static String count(long n, String what) {
        return Limits.format(n) + " " + what + (n == 1 ? "" : "s");
    }

    /** What the title adds when a sheet cannot hold every row. */
    private static String shown(int size) {
        return size > MAX_ROWS ? " The first " + Limits.format(MAX_ROWS) + " of " + Limits.format(size) + " rows." : "";
    }

    private static <T> List<T> head(List<T> rows) {
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    /**
     * Ids separated by "; ", as many as a cell holds, then how many more there are. The count of
     * those left is formatted only near the cell's end, where it might not fit.
     */
    static String joined(List<String> ids) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            int next = (i == 0 ? 0 : 2) + ids.get(i).length();
            if (text.length() + next + LONGEST_MORE > Limits.MAX_CELL_CHARACTERS) {
                String more = more(ids.size() - i);
                if (text.length() + next + more.length() > Limits.MAX_CELL_CHARACTERS) {
                    return text + more;
                }
            }
            text.append(i == 0 ? "" : "; ").append(ids.get(i));
        }
        return text.toString();
    }

    private static String more(int count) {
        return "; and " + Limits.format(count) + " more";
    }
}
