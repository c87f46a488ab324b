package dev.tally.adapters.excel;

import dev.tally.core.model.Estimate;
import dev.tally.core.sample.SampleLedger;
import dev.tally.core.table.EstimateCells;
import dev.tally.core.table.EstimateColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Read me sheet of a template: what each Estimates column takes, the figure and date forms the
 * reader accepts, and one example row. The example sits here, under its own header row, and not on
 * the Estimates sheet, so that a filled-in template imports only the rows the analyst wrote. The
 * reader never reads this sheet.
 */
final class ReadMeSheet {

    static final String NAME = "Read me";

    /** The sample estimate shown as the example row. */
    private static final String EXAMPLE = "nis-2025-04-casualties";

    private ReadMeSheet() {
    }

    /** Adds the sheet to the workbook. */
    static void write(SXSSFWorkbook workbook, WorkbookStyles styles) {
        Estimate example = SampleLedger.load().estimate(EXAMPLE).orElseThrow();
        SheetWriter out = new SheetWriter(workbook.createSheet(NAME), styles, List.of(EstimateColumn.values()), lines());
        out.nextRow();
        EstimateCells.write(example, out);
        out.fitColumns();
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "How to fill in this workbook",
                "Write one row per figure on the Estimates sheet, under its header row. A row needs a Source, a "
                        + "Metric, a Figure and an As of; leave the rest empty if you do not know them.",
                "Sources: list each source once on the Sources sheet (Id and Name; Kind, Country and Reliability "
                        + "A-F if known), then name it in the Source column by its Id or Name. With no source listed "
                        + "there, each new name in the Source column becomes a source.",
                "Subjects: the same on the Subjects sheet; a row with no Subject counts for \"unspecified\".",
                "",
                "The columns of the Estimates sheet:"));
        Arrays.stream(EstimateColumn.values()).forEach(c -> lines.add(c.names().header() + ": " + help(c)));
        lines.addAll(List.of(
                "",
                "Figures: 4,700 (exact), ~4,700 or about 4,700 (approximate), 10,000–12,000 or 10,000 to 12,000 "
                        + "(a range), 25 (20–40) (a best value inside its bounds), at least 300 or 300+ (a lower "
                        + "bound), up to 3,000 (an upper bound); also 3k and 1.2 million. A number cell is read as an "
                        + "exact figure.",
                "Dates: 2025-04-30 (a day; a date cell works too), 2025-04 or January 2025 (a month), 2025 (a year), "
                        + "2025-01/2025-03 (a period from January to March 2025).",
                "Low, Best and High are filled in when the ledger is exported. On import they are read only when "
                        + "the Figure cell is empty: then Low, Best and High give a best inside bounds, Low and High a "
                        + "range, Best alone an exact figure, Low alone a lower and High alone an upper bound.",
                "",
                "An example row follows, from the sample ledger. It is not imported: rows are read only from the "
                        + "Estimates sheet, and this sheet is never read."));
        return lines;
    }

    /** What a column takes; the switch names every column, so that a new one cannot go undocumented. */
    private static String help(EstimateColumn column) {
        return switch (column) {
            case ID -> "optional; a short unique id such as nis-2025-04-killed. Left empty, the row gets a stable id "
                    + "made from its content.";
            case SOURCE -> "required; who made the claim, by the Id or Name of a source (the dropdown lists them).";
            case SUBJECT -> "optional; what is counted, by the Id or Name of a subject.";
            case METRIC -> "required; the kind of figure: killed, wounded, casualties, missing, captured, deployed, "
                    + "evacuated, laborers (the dropdown lists them), or a synonym such as KIA, WIA or POW.";
            case FIGURE -> "required; the figure as claimed, in one of the forms below.";
            case LOW, BEST, HIGH -> "filled in on export; read only when the Figure cell is empty, to give the figure.";
            case AS_OF -> "required; the day, month, year or period the figure describes, in one of the forms below.";
            case BASIS -> "optional; cumulative (the total so far, the default) or increment (the change within the "
                    + "As of period).";
            case REPORTED -> "optional; when the figure was made public, in the same forms as As of. Empty: the As of "
                    + "period.";
            case VIA -> "optional; who relayed the claim, such as a lawmaker's briefing.";
            case CREDIBILITY -> "optional; 1 (confirmed) to 5 (improbable), or 6 (cannot be judged).";
            case TITLE -> "optional; the title of the cited report or article.";
            case PUBLISHER -> "optional; who published it.";
            case URL -> "optional; its address (http, https).";
            case QUOTE -> "optional; the words it quotes.";
            case NOTE -> "optional; anything else worth knowing.";
            case REVISES -> "optional; the Ids of earlier estimates this one revises, separated by ;, each optionally "
                    + "followed by :correction or :retraction (default: an update).";
        };
    }
}
