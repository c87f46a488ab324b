package dev.tally.app.report;

import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the report page of a ledger: one self-contained HTML file with a chart per subject and
 * metric, the reconciled figures and the checks' findings as known at any date (a date control
 * replays core's rule), the sources and an index. docs/report.md describes the page.
 */
public final class ReportWriter {

    private final ReportScope scope;

    /**
     * Creates a writer for what the scope covers.
     *
     * @param scope  what the report covers, not null
     */
    public ReportWriter(ReportScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * Writes the page; flushes the stream and does not close it.
     *
     * @param ledger  the ledger, not null
     * @param output  where the page goes, not null
     * @throws IOException if the stream cannot be written
     */
    public void write(Ledger ledger, OutputStream output) throws IOException {
        List<Chart> charts = charts(ledger);
        ReportPage.render(new PageModel(scope.title(), scope.asKnownAt().map(d -> "as known at " + d)
                .orElse("everything in the ledger"), sources(ledger), index(ledger, charts), sections(ledger, charts),
                Assets.style(), Assets.charts(), Assets.pageScript(),
                ReportJson.of(ledger, charts, scope.asKnownAt())), output);
        output.flush();
    }

    private List<Chart> charts(Ledger ledger) {
        Map<String, List<Estimate>> ofSubject = new HashMap<>();
        Map<String, Map<String, List<Estimate>>> bySubject = new LinkedHashMap<>();
        for (Estimate e : ledger.estimates()) {
            ofSubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e);
            if (scope.shows(e.subject(), e.metric()) && !e.reported().start().isAfter(scope.until())) {
                bySubject.computeIfAbsent(e.subject(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(e.metric(), m -> new ArrayList<>()).add(e);
            }
        }
        List<Chart> charts = new ArrayList<>();
        for (Subject subject : ledger.subjects()) {
            Map<String, List<Estimate>> metrics = bySubject.get(subject.id());
            if (metrics == null) {
                continue;
            }
            SubjectReplay replay = SubjectReplay.of(ledger, ofSubject.get(subject.id()), scope.until());
            for (Metric metric : ledger.metrics()) {
                List<Estimate> estimates = metrics.get(metric.id());
                if (estimates != null) {
                    charts.add(new Chart(subject.id(), metric.id(), estimates, replay));
                }
            }
        }
        return charts;
    }

    private static List<PageModel.SourceRow> sources(Ledger ledger) {
        List<PageModel.SourceRow> rows = new ArrayList<>();
        List<Source> sources = ledger.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            rows.add(new PageModel.SourceRow(s.id(), s.name(), s.kind().name().toLowerCase(Locale.ROOT),
                    s.country().orElse("—"), ReportJson.reliability(s),
                    Palette.colour(i)));
        }
        return rows;
    }

    private static List<PageModel.IndexEntry> index(Ledger ledger, List<Chart> charts) {
        List<PageModel.IndexEntry> index = new ArrayList<>();
        for (Subject subject : ledger.subjects()) {
            List<PageModel.Link> links = new ArrayList<>();
            for (int i = 0; i < charts.size(); i++) {
                if (charts.get(i).subject().equals(subject.id())) {
                    links.add(new PageModel.Link(anchor(i), metricName(ledger, charts.get(i).metric())));
                }
            }
            if (!links.isEmpty()) {
                index.add(new PageModel.IndexEntry(subject.id(), subject.name(), links));
            }
        }
        return index;
    }

    private static List<PageModel.Section> sections(Ledger ledger, List<Chart> charts) {
        List<PageModel.Section> sections = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            Chart chart = charts.get(i);
            Metric metric = ledger.metric(chart.metric()).orElseThrow();
            String subject = ledger.subject(chart.subject()).map(Subject::name).orElse(chart.subject());
            sections.add(new PageModel.Section(anchor(i), chart.key(), subject + " · " + metric.name(), metric.unit(),
                    () -> rows(ledger, chart).iterator()));
        }
        return sections;
    }

    private static List<PageModel.FigureRow> rows(Ledger ledger, Chart chart) {
        List<PageModel.FigureRow> rows = new ArrayList<>();
        for (Estimate e : chart.estimates()) {
            String revises = e.revises().isEmpty() ? "" : "revises " + String.join(", ", e.revisedIds());
            rows.add(new PageModel.FigureRow(e.id(), sourceName(ledger, e.source()), e.quantity().toDisplayText(),
                    e.asOf().toText(), e.reported().toText(), revises));
        }
        for (Span<DerivedEstimate> span : chart.derived()) {
            DerivedEstimate d = span.item();
            rows.add(new PageModel.FigureRow(Chart.id(span), d.source().map(s -> sourceName(ledger, s)).orElse("several sources"),
                    d.quantity().toDisplayText(), d.asOf().toText(), "derived",
                    "derived: " + d.rule() + " from " + String.join(", ", d.inputs())));
        }
        return rows;
    }

    private static String sourceName(Ledger ledger, String id) {
        return ledger.source(id).map(Source::name).orElse(id);
    }

    private static String metricName(Ledger ledger, String id) {
        return ledger.metric(id).map(Metric::name).orElse(id);
    }

    private static String anchor(int index) {
        return "chart-" + index;
    }
}
