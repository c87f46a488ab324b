package dev.tally.app.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report covers: everything, or what was known up to a date; every subject and metric, or one.
 *
 * @param title  the page's title, such as the ledger file's name
 * @param asKnownAt  the last date the page replays, empty for everything
 * @param subject  the only subject id to chart, empty for every subject
 * @param metric  the only metric id to chart, empty for every metric
 */
public record ReportScope(String title, Optional<LocalDate> asKnownAt, Optional<String> subject, Optional<String> metric) {

    /**
     * Checks the components.
     *
     * @param title  the page's title, not null
     * @param asKnownAt  the last date, not null
     * @param subject  the subject id, not null
     * @param metric  the metric id, not null
     */
    public ReportScope {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asKnownAt, "asKnownAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
    }

    /**
     * A report of everything in the ledger.
     *
     * @param title  the page's title, not null
     * @return the scope, never null
     */
    public static ReportScope everything(String title) {
        return new ReportScope(title, Optional.empty(), Optional.empty(), Optional.empty());
    }

    LocalDate until() {
        return asKnownAt.orElse(LocalDate.MAX);
    }

    boolean shows(String subjectId, String metricId) {
        return subject.map(subjectId::equals).orElse(true) && metric.map(metricId::equals).orElse(true);
    }
}
