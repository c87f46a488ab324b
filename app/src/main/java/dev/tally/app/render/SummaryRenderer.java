package dev.tally.app.render;

import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.analysis.Derivations;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
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
 * in {@code asOf} order, with figures in display text, the revision links under each estimate, and
 * the figures derived from them, marked as derived with their inputs.
 */
public final class SummaryRenderer {

    private final Style style;

    /**
     * A renderer.
     *
     * @param style  the colours to use
     */
    public SummaryRenderer(Style style) {
        this.style = style;
    }

    /** The width of a terminal that the output fits. */
    static final int WIDTH = 80;

    private static final Comparator<Estimate> AS_OF_ORDER =
            Comparator.comparing(Estimate::asOf).thenComparing(Estimate::reported).thenComparing(Estimate::id);

    /**
     * Renders the summary.
     *
     * @param heading  the first lines: what is shown, and what was left out
     * @param knowledge  the ledger as known at a date
     * @return the lines, never null
     */
    public List<String> render(List<String> heading, Knowledge knowledge) {
        List<Estimate> known = knowledge.known().toList();
        Marks marks = Marks.of(knowledge);
        List<String> lines = new ArrayList<>();
        lines.addAll(heading);
        lines.add(count(knowledge.ledger().sources().size(), "source") + ", "
                + count(knowledge.ledger().subjects().size(), "subject") + ", " + count(known.size(), "estimate"));
        lines.add("");
        lines.add(style.heading("Sources"));
        for (Source source : knowledge.ledger().sources()) {
            lines.add("  " + source.id() + ": " + source.name() + " · " + source.kind().toText()
                    + source.country().map(c -> " · " + c).orElse("")
                    + source.reliability().map(r -> " · reliability " + r.name() + " (" + r.description() + ")")
                            .orElse(""));
        }
        lines.addAll(redefinitions(knowledge.ledger().metrics(), knowledge.ledger().redefinedMetrics()));
        Map<String, List<String>> revisedBy = revisedBy(known);
        Map<String, Map<String, List<Estimate>>> groups = groups(known);
        Map<String, Map<String, List<DerivedEstimate>>> derived = new HashMap<>();
        Derivations.of(knowledge).forEach(d -> derived.computeIfAbsent(d.subject(), s -> new HashMap<>())
                .computeIfAbsent(d.metric(), m -> new ArrayList<>()).add(d));
        for (Subject subject : knowledge.ledger().subjects()) {
            Map<String, List<Estimate>> byMetric = groups.getOrDefault(subject.id(), Map.of());
            if (!byMetric.isEmpty()) {
                String name = subject.name() + " (" + subject.id() + ")";
                lines.add("");
                lines.add(style.heading(name));
                lines.add("═".repeat(name.length()));
                lines.addAll(subjectLines(knowledge.ledger().metrics(), byMetric,
                        derived.getOrDefault(subject.id(), Map.of()), revisedBy, marks));
            }
        }
        return lines;
    }

    /** A heading per metric, then a table of its estimates and derived figures with notes under each row. */
    private List<String> subjectLines(List<Metric> metrics, Map<String, List<Estimate>> byMetric,
                                             Map<String, List<DerivedEstimate>> derivedByMetric,
                                             Map<String, List<String>> revisedBy, Marks marks) {
        List<String> lines = new ArrayList<>();
        for (Metric metric : metrics) {
            List<Estimate> estimates = byMetric.getOrDefault(metric.id(), List.of());
            List<DerivedEstimate> derived = derivedByMetric.getOrDefault(metric.id(), List.of());
            if (estimates.isEmpty() && derived.isEmpty()) {
                continue;
            }
            lines.add(style.heading(metric.name()));
            TextTable table = new TextTable();
            List<List<String>> notes = new ArrayList<>();
            for (FigureRow row : FigureRow.inTimeOrder(estimates, derived, marks)) {
                table.row(row.asOf().toText(), row.quantity().toDisplayText(), row.source(), row.label());
                notes.add(row.estimate().map(e -> notes(e, revisedBy)).orElseGet(
                        () -> List.of(derivation(row.derivation().orElseThrow()))));
            }
            List<String> rows = table.lines("  ");
            for (int i = 0; i < rows.size(); i++) {
                lines.add(rows.get(i));
                notes.get(i).forEach(note -> lines.addAll(TextTable.wrap("    └ ", "      ", note, WIDTH)));
            }
        }
        return lines;
    }

    /**
     * How a figure was derived, for people: {@code = casualties − killed (from a, b)}.
     *
     * @param derived  the derived figure
     * @return the text, never null
     */
    static String derivation(DerivedEstimate derived) {
        return "= " + derived.rule() + ", from " + String.join(", ", derived.inputs());
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

    private static Map<String, Map<String, List<Estimate>>> groups(List<Estimate> known) {
        Map<String, Map<String, List<Estimate>>> groups = new HashMap<>();
        for (Estimate estimate : known) {
            groups.computeIfAbsent(estimate.subject(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(estimate.metric(), m -> new ArrayList<>()).add(estimate);
        }
        groups.values().forEach(byMetric -> byMetric.values().forEach(list -> list.sort(AS_OF_ORDER)));
        return groups;
    }

    private static Map<String, List<String>> revisedBy(List<Estimate> known) {
        Map<String, List<String>> revisedBy = new HashMap<>();
        for (Estimate estimate : known) {
            estimate.revisedIds().forEach(target -> revisedBy.computeIfAbsent(target, t -> new ArrayList<>())
                    .add(estimate.id()));
        }
        return revisedBy;
    }

    /**
     * The built-in metrics the ledger defines otherwise, with the parts each has here and in the
     * catalog, so that a reader knows which definition the figures, checks and derivations use.
     */
    private List<String> redefinitions(List<Metric> metrics, List<Metric> redefined) {
        if (redefined.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(style.heading("Metrics this ledger redefines"));
        for (Metric metric : redefined) {
            Metric builtIn = MetricCatalog.builtIn().stream().filter(m -> m.id().equals(metric.id())).findFirst()
                    .orElseThrow();
            lines.add("  " + metric.id() + ": " + metric.name() + " · " + relations(metrics, metric) + " (built in: "
                    + builtIn.name() + " · " + relations(MetricCatalog.builtIn(), builtIn) + ")");
        }
        return lines;
    }

    private static String relations(List<Metric> metrics, Metric metric) {
        return "parts " + parts(metrics, metric.id()) + metric.partOf().map(w -> " · part of " + w).orElse("")
                + metric.cannotExceed().map(b -> " · cannot exceed " + b).orElse("");
    }

    private static String parts(List<Metric> metrics, String whole) {
        List<String> parts = metrics.stream().filter(m -> m.partOf().filter(whole::equals).isPresent())
                .map(Metric::id).toList();
        return parts.isEmpty() ? "none" : String.join(" + ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
