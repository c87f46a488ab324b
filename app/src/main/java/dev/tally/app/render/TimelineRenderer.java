package dev.tally.app.render;

import dev.tally.core.analysis.DerivedEstimate;
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

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public TimelineRenderer(Style style) {
        this.style = style;
    }

    private static final int BAR = 36;

    /**
     * Renders the timeline.
     *
     * @param title  the first line
     * @param subjectName  the subject's name
     * @param metricName  the metric's name
     * @param timeline  the timeline
     * @return the lines, never null
     */
    public List<String> render(String title, String subjectName, String metricName, Timeline timeline) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(style.heading(subjectName + " — " + metricName));
        lines.add("");
        if (timeline.estimates().isEmpty() && timeline.derived().isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        TextTable table = new TextTable().row("as of", "figure", "source", "estimate");
        timeline.estimates().forEach(e -> table.row(e.asOf().toText(), e.quantity().toDisplayText(), e.source(),
                e.id()));
        timeline.derived().forEach(d -> table.row(d.asOf().toText(), d.quantity().toDisplayText(),
                d.source().orElse("(several)"), "derived"));
        List<String> rows = table.lines("  ");
        lines.addAll(rows.subList(0, 1 + timeline.estimates().size()));
        for (int i = 0; i < timeline.derived().size(); i++) {
            lines.add(rows.get(1 + timeline.estimates().size() + i));
            lines.addAll(TextTable.wrap("    └ ", "      ", SummaryRenderer.derivation(timeline.derived().get(i)),
                    SummaryRenderer.WIDTH));
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
        lines.addAll(chart(timeline));
        return lines;
    }

    private static String link(Estimate estimate, Timeline timeline) {
        String metric = estimate.metric().equals(timeline.metric()) ? "" : " " + estimate.metric();
        return estimate.quantity().toDisplayText() + metric + " (" + estimate.source() + ", " + estimate.asOf() + ")";
    }

    private static List<String> chart(Timeline timeline) {
        List<String> labels = new ArrayList<>();
        List<Quantity> figures = new ArrayList<>();
        for (Estimate e : timeline.estimates()) {
            labels.add(e.asOf().toText() + "\u0000" + e.source());
            figures.add(e.quantity());
        }
        for (DerivedEstimate d : timeline.derived()) {
            labels.add(d.asOf().toText() + "\u0000derived");
            figures.add(d.quantity());
        }
        long scale = Math.max(1, figures.stream().mapToLong(q -> q.high().orElse(q.low())).max().orElse(1));
        TextTable table = new TextTable();
        for (int i = 0; i < figures.size(); i++) {
            Quantity q = figures.get(i);
            int low = (int) Math.round((double) q.low() * BAR / scale);
            int high = q.high().isPresent() ? (int) Math.round((double) q.high().getAsLong() * BAR / scale) : low;
            String bar = "█".repeat(low) + "░".repeat(Math.max(0, high - low)) + (q.high().isEmpty() ? "→" : "");
            String[] label = labels.get(i).split("\u0000");
            table.row(label[0], label[1], bar + " " + q.toDisplayText());
        }
        return table.lines("  ");
    }
}
