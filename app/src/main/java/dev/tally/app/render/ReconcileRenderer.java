package dev.tally.app.render;

import dev.tally.core.analysis.Contribution;
import dev.tally.core.analysis.Reconciliation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reconciled figures for people: one row per subject and metric, each source's figure under it.
 * A ledger has few distinct weights (one per source's reliability) and many rows, so each weight's
 * text is formatted once per rendering.
 */
public final class ReconcileRenderer {

    private final Style style;
    private final Marks marks;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     * @param marks  how to show the estimates' ids
     */
    public ReconcileRenderer(Style style, Marks marks) {
        this.style = style;
        this.marks = marks;
    }

    /**
     * Renders the reconciliations.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param reconciliations  the reconciliations
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, List<Reconciliation> reconciliations) {
        List<String> lines = new ArrayList<>();
        lines.addAll(heading);
        lines.add("");
        if (reconciliations.isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        Map<Double, String> weights = new HashMap<>();
        for (Reconciliation r : reconciliations) {
            lines.add(style.heading(r.subject() + " · " + r.metric()));
            lines.add("  low " + Figures.count(r.low()) + " · best " + Figures.count(r.best(), "—") + " · high "
                    + Figures.count(r.high(), "unbounded") + " · spread "
                    + (r.spread().isPresent() ? String.format(Locale.ENGLISH, "%.2f×", r.spread().getAsDouble()) : "—")
                    + " · " + r.contributions().size() + (r.contributions().size() == 1 ? " source" : " sources"));
            TextTable table = new TextTable();
            for (Contribution c : r.contributions()) {
                table.row(c.source(), c.figure().toDisplayText(), weights.computeIfAbsent(c.weight(),
                                w -> String.format(Locale.ENGLISH, "weight %.1f", w)),
                        ids(c.estimates()));
            }
            table.lines("    ").forEach(line -> lines.addAll(TextTable.wrap("", "      ", line, SummaryRenderer.WIDTH)));
        }
        return lines;
    }

    private String ids(List<String> estimates) {
        StringJoiner ids = new StringJoiner(" + ");
        estimates.forEach(id -> ids.add(marks.id(id)));
        return ids.toString();
    }
}
