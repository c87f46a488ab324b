package dev.tally.app.render;

import dev.tally.core.analysis.BucketTotal;
import dev.tally.core.analysis.PeriodComparison;
import dev.tally.core.model.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sources compared bucket by bucket, for people: under each subject and metric, a block per bucket
 * with the ratio between the sources and the reconciled figures, each source's total, and the largest
 * estimates of the source with the highest total. A bucket only one source reports says so.
 */
public final class PeriodComparisonRenderer {

    private final Style style;
    private final Marks marks;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     * @param marks  how to show the estimates' ids
     */
    public PeriodComparisonRenderer(Style style, Marks marks) {
        this.style = style;
        this.marks = marks;
    }

    /**
     * Renders the comparisons.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param comparisons  the comparisons, by subject, metric and bucket
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, List<PeriodComparison> comparisons) {
        List<String> lines = new ArrayList<>(heading);
        lines.add("");
        if (comparisons.isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        String group = null;
        for (PeriodComparison c : comparisons) {
            String title = c.subject() + " · " + c.metric();
            if (!title.equals(group)) {
                lines.add(style.heading(title));
                group = title;
            }
            String apart = c.singleSource() ? "only " + c.totals().get(0).source() + " reports"
                    : "ratio " + (c.ratio().isPresent() ? String.format(Locale.ENGLISH, "%.2f×", c.ratio().getAsDouble()) : "—");
            lines.add("  " + c.bucket().label() + "  " + apart + " · low " + Figures.count(c.low()) + " · best "
                    + Figures.count(c.best(), "—") + " · high " + Figures.count(c.high(), "unbounded"));
            TextTable table = new TextTable();
            for (BucketTotal total : c.totals()) {
                table.row(total.source(), RollupRenderer.total(total));
            }
            lines.addAll(table.lines("    "));
            lines.addAll(TextTable.wrap("    ", "      ", "largest of " + c.gap().get(0).source() + ": "
                    + String.join(", ", c.gap().stream().map(this::largest).toList()), SummaryRenderer.WIDTH));
        }
        return lines;
    }

    private String largest(Estimate estimate) {
        return marks.id(estimate.id()) + " " + estimate.quantity().toDisplayText();
    }
}
