package dev.tally.app.render;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.LedgerDiff;
import dev.tally.core.model.Metric;
import dev.tally.core.model.RecordChange;
import dev.tally.core.model.RecordDiff;
import dev.tally.core.model.RevisionLink;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A diff of two ledgers for people: a count line, then per kind of record the records added
 * ({@code +}), removed ({@code -}) and changed ({@code ~}, each differing field old → new), then
 * the revision links added and removed.
 */
public final class DiffRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public DiffRenderer(Style style) {
        this.style = style;
    }

    /**
     * Renders the diff.
     *
     * @param before  the old ledger's name
     * @param after  the new ledger's name
     * @param diff  the diff
     * @return the lines, never null
     */
    public List<String> render(String before, String after, LedgerDiff diff) {
        List<String> lines = new ArrayList<>();
        if (diff.isEmpty()) {
            lines.add("No differences: " + before + " and " + after + " hold the same records.");
            return lines;
        }
        lines.add("Differences from " + before + " to " + after + ": " + counts(diff));
        section(lines, "Sources", diff.sources(), Source::id, Source::name);
        section(lines, "Subjects", diff.subjects(), Subject::id, Subject::name);
        section(lines, "Metrics", diff.metrics(), Metric::id, Metric::name);
        section(lines, "Estimates", diff.estimates(), Estimate::id, HistoryRenderer::describe);
        if (!diff.revisionsAdded().isEmpty() || !diff.revisionsRemoved().isEmpty()) {
            lines.add("");
            lines.add(style.heading("Revisions"));
            diff.revisionsAdded().forEach(link -> lines.add("  + " + describe(link)));
            diff.revisionsRemoved().forEach(link -> lines.add("  - " + describe(link)));
        }
        return lines;
    }

    /** {@code estimates: 1 added, 0 removed, 2 changed; sources: ...}, naming only the kinds that differ. */
    private static String counts(LedgerDiff diff) {
        List<String> parts = new ArrayList<>();
        count(parts, "estimates", diff.estimates());
        count(parts, "sources", diff.sources());
        count(parts, "subjects", diff.subjects());
        count(parts, "metrics", diff.metrics());
        if (!diff.revisionsAdded().isEmpty() || !diff.revisionsRemoved().isEmpty()) {
            parts.add("revisions: " + diff.revisionsAdded().size() + " added, " + diff.revisionsRemoved().size()
                    + " removed");
        }
        return String.join("; ", parts);
    }

    private static void count(List<String> parts, String kind, RecordDiff<?> diff) {
        if (!diff.isEmpty()) {
            parts.add(kind + ": " + diff.added().size() + " added, " + diff.removed().size() + " removed, "
                    + diff.changed().size() + " changed");
        }
    }

    private <T> void section(List<String> lines, String heading, RecordDiff<T> diff, Function<T, String> id,
                             Function<T, String> describe) {
        if (diff.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(style.heading(heading));
        diff.added().forEach(record -> lines.add("  + " + id.apply(record) + "  " + describe.apply(record)));
        diff.removed().forEach(record -> lines.add("  - " + id.apply(record) + "  " + describe.apply(record)));
        for (RecordChange<T> change : diff.changed()) {
            lines.add("  ~ " + change.id());
            change.fields().forEach(field -> lines.add("      " + field.toText()));
        }
    }

    private static String describe(RevisionLink link) {
        return link.estimate() + " revises " + link.revised() + " (" + link.kind().toText() + ")";
    }
}
