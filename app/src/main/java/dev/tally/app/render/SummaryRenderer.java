package dev.tally.app.render;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Revision;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary of a ledger for people: its sources, then its estimates grouped by subject and metric
 * in {@code asOf} order, with figures in display text and the revision links under each estimate.
 */
public final class SummaryRenderer {

    private static final Comparator<Estimate> AS_OF_ORDER =
            Comparator.comparing(Estimate::asOf).thenComparing(Estimate::reported).thenComparing(Estimate::id);

    /**
     * Renders the summary.
     *
     * @param title  the first line, such as the file's name
     * @param ledger  the ledger
     * @return the lines, never null
     */
    public List<String> render(String title, Ledger ledger) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(count(ledger.sources().size(), "source") + ", "
                + count(ledger.subjects().size(), "subject") + ", " + count(ledger.estimates().size(), "estimate"));
        lines.add("");
        lines.add("Sources");
        for (Source source : ledger.sources()) {
            lines.add("  " + source.id() + ": " + source.name() + " · " + source.kind().toText()
                    + source.country().map(c -> " · " + c).orElse("")
                    + source.reliability().map(r -> " · reliability " + r.name() + " (" + r.description() + ")")
                            .orElse(""));
        }
        Map<String, List<String>> revisedBy = revisedBy(ledger);
        Map<String, Map<String, List<Estimate>>> groups = groups(ledger);
        for (Subject subject : ledger.subjects()) {
            Map<String, List<Estimate>> byMetric = groups.getOrDefault(subject.id(), Map.of());
            if (!byMetric.isEmpty()) {
                String heading = subject.name() + " (" + subject.id() + ")";
                lines.add("");
                lines.add(heading);
                lines.add("═".repeat(heading.length()));
                lines.addAll(subjectLines(ledger, byMetric, revisedBy));
            }
        }
        return lines;
    }

    /** A heading per metric, then a table of its estimates with their notes under each row. */
    private static List<String> subjectLines(Ledger ledger, Map<String, List<Estimate>> byMetric,
                                             Map<String, List<String>> revisedBy) {
        List<String> lines = new ArrayList<>();
        for (Metric metric : ledger.metrics()) {
            List<Estimate> estimates = byMetric.getOrDefault(metric.id(), List.of());
            if (estimates.isEmpty()) {
                continue;
            }
            lines.add(metric.name());
            TextTable table = new TextTable();
            estimates.forEach(e -> table.row(e.asOf().toText(), e.quantity().toDisplayText(), e.source(), e.id()));
            List<String> rows = table.lines("  ");
            for (int i = 0; i < rows.size(); i++) {
                lines.add(rows.get(i));
                notes(estimates.get(i), revisedBy).forEach(note -> lines.add("    └ " + note));
            }
        }
        return lines;
    }

    private static List<String> notes(Estimate estimate, Map<String, List<String>> revisedBy) {
        List<String> notes = new ArrayList<>();
        if (estimate.basis() == Basis.INCREMENT) {
            notes.add("counted within its period (increment)");
        }
        if (!estimate.revises().isEmpty()) {
            notes.add("revises " + estimate.revises().stream().map(SummaryRenderer::revision)
                    .collect(Collectors.joining(", ")));
        }
        List<String> later = revisedBy.get(estimate.id());
        if (later != null) {
            notes.add("revised by " + String.join(", ", later));
        }
        return notes;
    }

    private static String revision(Revision revision) {
        return revision.target() + " (" + revision.kind().toText() + ")";
    }

    private static Map<String, Map<String, List<Estimate>>> groups(Ledger ledger) {
        Map<String, Map<String, List<Estimate>>> groups = new HashMap<>();
        for (Estimate estimate : ledger.estimates()) {
            groups.computeIfAbsent(estimate.subject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(estimate.metric(), m -> new ArrayList<>()).add(estimate);
        }
        groups.values().forEach(byMetric -> byMetric.values().forEach(list -> list.sort(AS_OF_ORDER)));
        return groups;
    }

    private static Map<String, List<String>> revisedBy(Ledger ledger) {
        Map<String, List<String>> revisedBy = new HashMap<>();
        for (Estimate estimate : ledger.estimates()) {
            estimate.revisedIds().forEach(target -> revisedBy.computeIfAbsent(target, t -> new ArrayList<>())
                    .add(estimate.id()));
        }
        return revisedBy;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
