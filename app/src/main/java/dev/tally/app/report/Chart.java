package dev.tally.app.report;

import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.model.Estimate;
import java.util.List;
import java.util.Objects;

/**
 * One chart of the page: a subject and a metric, the estimates it draws and the replay of the subject.
 *
 * @param subject  the subject id
 * @param metric  the metric id
 * @param estimates  the estimates of this subject and metric, in the ledger's order
 * @param replay  what was known of the subject at each date where that changed
 */
record Chart(String subject, String metric, List<Estimate> estimates, SubjectReplay replay) {

    Chart {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(replay, "replay");
        estimates = List.copyOf(estimates);
    }

    /** The derived figures of this chart's metric, each with the dates it held. */
    List<Span<DerivedEstimate>> derived() {
        return replay.derived().stream().filter(span -> span.item().metric().equals(metric)).toList();
    }

    /** A derived figure's id in the page: core's id and the first date it held, as one id may be derived anew. */
    static String id(Span<DerivedEstimate> span) {
        return span.item().id() + "@" + span.from();
    }

    /** The chart's id in the page: its subject and metric, as in {@code dprk-forces-russia/casualties}. */
    String key() {
        return subject + "/" + metric;
    }
}
