package dev.tally.app.render;

import dev.tally.core.analysis.Bucket;
import dev.tally.core.analysis.BucketTotal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rollup for people: a table per subject and metric, one row per bucket, one column per source,
 * each cell the source's total ({@link #total}).
 */
public final class RollupRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public RollupRenderer(Style style) {
        this.style = style;
    }

    /**
     * A total as people read it: the count when low, best and high agree, else the best with the
     * bounds, {@code 105 (90–140)}; a dash for no best, {@code unbounded} for no high.
     *
     * @param total  the total
     * @return the text, never null
     */
    public static String total(BucketTotal total) {
        if (total.high().isPresent() && total.best().isPresent() && total.low() == total.high().getAsLong()) {
            return Figures.count(total.low());
        }
        return Figures.count(total.best(), "—") + " (" + Figures.count(total.low()) + "–"
                + Figures.count(total.high(), "unbounded") + ")";
    }

    /**
     * Renders the totals.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param totals  the totals, by subject, metric, source and bucket
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, List<BucketTotal> totals) {
        List<String> lines = new ArrayList<>(heading);
        lines.add("");
        if (totals.isEmpty()) {
            lines.add("No figures known.");
            return lines;
        }
        Map<String, List<BucketTotal>> groups = new LinkedHashMap<>();
        totals.forEach(t -> groups.computeIfAbsent(t.subject() + " · " + t.metric(), k -> new ArrayList<>()).add(t));
        groups.forEach((title, group) -> {
            lines.add(style.heading(title));
            lines.addAll(table(group));
            int spanning = group.stream().mapToInt(BucketTotal::spanning).sum();
            if (spanning > 0) {
                lines.add("  " + Figures.count(spanning) + (spanning == 1 ? " estimate spans" : " estimates span")
                        + " two or more buckets and counts whole in the bucket its period ends in");
            }
        });
        return lines;
    }

    /** A row per bucket, a column per source; empty where a source has no total. */
    private static List<String> table(List<BucketTotal> group) {
        List<String> sources = group.stream().map(BucketTotal::source).distinct().toList();
        Map<Bucket, String[]> rows = new TreeMap<>();
        for (BucketTotal total : group) {
            String[] row = rows.computeIfAbsent(total.bucket(), b -> new String[sources.size() + 1]);
            row[0] = total.bucket().label();
            row[sources.indexOf(total.source()) + 1] = total(total);
        }
        TextTable table = new TextTable();
        List<String> header = new ArrayList<>(List.of("bucket"));
        header.addAll(sources);
        table.row(header.toArray(String[]::new));
        rows.values().forEach(row -> table.row(Stream.of(row).map(cell -> cell == null ? "" : cell).toArray(String[]::new)));
        return table.lines("  ");
    }
}
