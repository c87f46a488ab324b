package dev.tally.app.render;

import dev.tally.core.analysis.Contribution;
import dev.tally.core.analysis.Reconciliation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reconciled figures for people: one row per subject and metric, each source's figure under it. */
public final class ReconcileRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public ReconcileRenderer(Style style) {
        this.style = style;
    }

    /**
     * Renders the reconciliations.
     *
     * @param title  the first line
     * @param reconciliations  the reconciliations
     * @return the lines, never null
     */
    public List<String> render(String title, List<Reconciliation> reconciliations) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add("");
        if (reconciliations.isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        for (Reconciliation r : reconciliations) {
            lines.add(style.heading(r.subject() + " · " + r.metric()));
            lines.add("  low " + Figures.count(r.low()) + " · best " + Figures.count(r.best(), "—") + " · high "
                    + Figures.count(r.high(), "unbounded") + " · spread "
                    + (r.spread().isPresent() ? String.format(Locale.ENGLISH, "%.2f×", r.spread().getAsDouble()) : "—")
                    + " · " + r.contributions().size() + (r.contributions().size() == 1 ? " source" : " sources"));
            TextTable table = new TextTable();
            for (Contribution c : r.contributions()) {
                table.row(c.source(), c.figure().toDisplayText(), String.format(Locale.ENGLISH, "weight %.1f", c.weight()),
                        String.join(" + ", c.estimates()));
            }
            table.lines("    ").forEach(line -> lines.addAll(TextTable.wrap("", "      ", line, SummaryRenderer.WIDTH)));
        }
        return lines;
    }
}
