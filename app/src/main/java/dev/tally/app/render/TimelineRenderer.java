package dev.tally.app.render;

import dev.tally.core.analysis.Timeline;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A timeline for people: the estimates in {@code asOf} order, the derived figures, the revision
 * chains as arrows ({@code ~300 killed → ~4,000 → ~4,700}) and a text chart of every figure.
 */
public final class TimelineRenderer {

    private final Style style;
    private final Marks marks;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     * @param marks  how to show the estimates' ids
     */
    public TimelineRenderer(Style style, Marks marks) {
        this.style = style;
        this.marks = marks;
    }

    private static final int BAR = 36;

    /**
     * Renders the timeline.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param subjectName  the subject's name
     * @param metricName  the metric's name
     * @param timeline  the timeline
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, String subjectName, String metricName, Timeline timeline) {
        List<String> lines = new ArrayList<>();
        lines.addAll(heading);
        lines.add(style.heading(subjectName + " — " + metricName));
        lines.add("");
        if (timeline.estimates().isEmpty() && timeline.derived().isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        List<FigureRow> figures = FigureRow.inTimeOrder(timeline.estimates(), timeline.derived(), marks);
        TextTable table = new TextTable().row("as of", "figure", "source", "estimate");
        figures.forEach(f -> table.row(f.asOf().toText(), f.quantity().toDisplayText(), f.source(), f.label()));
        List<String> rows = table.lines("  ");
        lines.add(rows.get(0));
        for (int i = 0; i < figures.size(); i++) {
            lines.add(rows.get(1 + i));
            figures.get(i).derivation().ifPresent(d -> lines.addAll(TextTable.wrap("    └ ", "      ",
                    SummaryRenderer.derivation(d), SummaryRenderer.WIDTH)));
        }
        if (!timeline.chains().isEmpty()) {
            lines.add("");
            lines.add(style.heading("Revisions"));
            for (List<Estimate> chain : timeline.chains()) {
                String arrows = chain.stream().map(e -> link(e, timeline)).collect(Collectors.joining(" → "));
                lines.addAll(TextTable.wrap("  ", "    ", arrows, SummaryRenderer.WIDTH));
            }
        }
        lines.add("");
        lines.add(style.heading("Chart") + " (█ low, ░ up to high, → unbounded)");
        lines.addAll(chart(figures));
        return lines;
    }

    private static String link(Estimate estimate, Timeline timeline) {
        String metric = estimate.metric().equals(timeline.metric()) ? "" : " " + estimate.metric();
        return estimate.quantity().toDisplayText() + metric + " (" + estimate.source() + ", " + estimate.asOf() + ")";
    }

    private static List<String> chart(List<FigureRow> figures) {
        long scale = Math.max(1, figures.stream().map(FigureRow::quantity).mapToLong(q -> q.high().orElse(q.low()))
                .max().orElse(1));
        TextTable table = new TextTable();
        for (FigureRow figure : figures) {
            Quantity q = figure.quantity();
            int low = (int) Math.round((double) q.low() * BAR / scale);
            int high = q.high().isPresent() ? (int) Math.round((double) q.high().getAsLong() * BAR / scale) : low;
            String bar = "█".repeat(low) + "░".repeat(Math.max(0, high - low)) + (q.high().isEmpty() ? "→" : "");
            table.row(figure.asOf().toText(), figure.derivation().isPresent() ? "derived" : figure.source(),
                    bar + " " + q.toDisplayText());
        }
        return table.lines("  ");
    }
}
