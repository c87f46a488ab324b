package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every known estimate of one subject and metric in {@code asOf} order, with the figures derived
 * for it and the revision chains that end in its current estimates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject  the subject id
 * @param metric  the metric id
 * @param date  the date the estimates are known at ({@link LocalDate#MAX} for everything)
 * @param estimates  the known estimates, by {@code asOf}, then reported, then source
 * @param derived  the figures derived for this subject and metric, by {@code asOf}
 * @param chains  the revision chains ending in a current estimate of this timeline, oldest first
 */
public record Timeline(String subject, String metric, LocalDate date, List<Estimate> estimates,
                       List<DerivedEstimate> derived, List<List<Estimate>> chains) {

    private static final Comparator<Estimate> AS_OF_ORDER = Comparator.comparing(Estimate::asOf, Picture.PERIODS)
            .thenComparing(Estimate::reported, Picture.PERIODS).thenComparing(Estimate::source).thenComparing(Estimate::id);

    /**
     * Checks the components and copies the lists.
     *
     * @param subject  the subject id
     * @param metric  the metric id
     * @param date  the date the estimates are known at ({@link LocalDate#MAX} for everything)
     * @param estimates  the known estimates, by {@code asOf}, then reported, then source
     * @param derived  the figures derived for this subject and metric, by {@code asOf}
     * @param chains  the revision chains ending in a current estimate of this timeline, oldest first
     */
    public Timeline {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(date, "date");
        estimates = List.copyOf(estimates);
        derived = List.copyOf(derived);
        chains = chains.stream().map(List::copyOf).toList();
    }

    /**
     * The timeline of one subject and metric.
     *
     * @param knowledge  what was known at the date, not null
     * @param subject  the subject id, not null
     * @param metric  the metric id, not null
     * @return the timeline, never null; empty lists if nothing is known
     */
    public static Timeline of(Knowledge knowledge, String subject, String metric) {
        LedgerIndex index = knowledge.index();
        int subjectCode = index.subjectCode(subject);
        int metricCode = index.metricCode(metric);
        int[] order = index.bySeries();
        int[] range = subjectCode < 0 ? new int[2] : index.subjectRange(order, subjectCode);
        List<Estimate> estimates = Arrays.stream(order, range[0], range[1]).filter(p -> index.metric[p] == metricCode)
                .mapToObj(index::estimate).sorted(AS_OF_ORDER).toList();
        List<DerivedEstimate> derived = Derivations.of(knowledge, subject).stream()
                .filter(d -> d.metric().equals(metric)).toList();
        List<List<Estimate>> chains = estimates.stream().filter(e -> !knowledge.isSuperseded(e))
                .flatMap(e -> History.chains(knowledge, e).stream()).toList();
        return new Timeline(subject, metric, knowledge.date(), estimates, derived, chains);
    }
}
