package dev.tally.app.render;

import dev.tally.core.analysis.History;
import dev.tally.core.model.Estimate;
import java.util.ArrayList;
import java.util.List;

/** The history of an estimate for people: what it revised, what revised it, and each link's kind. */
public final class HistoryRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public HistoryRenderer(Style style) {
        this.style = style;
    }

    /**
     * Renders the history.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param history  the history
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, History history) {
        List<String> lines = new ArrayList<>();
        lines.addAll(heading);
        lines.add("");
        lines.add(style.heading("History of " + history.focus().id()));
        lines.add("  " + describe(history.focus()));
        section(lines, "Revises, directly or not", history.earlier());
        section(lines, "Revised by, directly or not", history.later());
        if (!history.links().isEmpty()) {
            lines.add("");
            lines.add(style.heading("Links"));
            history.links().forEach(link -> lines.addAll(TextTable.wrap("  ", "    ",
                    link.from() + " revises " + link.to() + " (" + link.kind().toText() + ")", SummaryRenderer.WIDTH)));
        }
        return lines;
    }

    private void section(List<String> lines, String heading, List<Estimate> estimates) {
        lines.add("");
        lines.add(style.heading(heading));
        if (estimates.isEmpty()) {
            lines.add("  (none)");
        }
        estimates.forEach(e -> {
            lines.add("  " + e.id());
            lines.add("    " + describe(e));
        });
    }

    static String describe(Estimate e) {
        return e.quantity().toDisplayText() + " " + e.metric() + " · " + e.source() + " · as of " + e.asOf()
                + " · reported " + e.reported();
    }
}
