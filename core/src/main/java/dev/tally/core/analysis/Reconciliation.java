package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures of every source for one subject and metric, as known at a date, brought together.
 *
 * <p>Each source contributes its latest cumulative estimate, with every known increment whose
 * period begins after it summed on (deployed: 10,000–12,000 by 2024 plus a further 3,000 in early
 * 2025 gives 13,000–15,000). Where a subject and metric has only increments, their sum is the one
 * contribution. Then:
 * <ul>
 *   <li>low is the least low, high the greatest high (unbounded if any figure is a lower bound);</li>
 *   <li>best is the median of the contributions' best values, weighted by the reliability of their
 *       sources: A 1.0, B 0.8, C 0.6, D 0.4, E 0.2, F and ungraded 0.5. The weighted median is the
 *       first best value at which the running weight reaches half of the total; where it reaches
 *       exactly half, the mean of that value and the next, rounded half up. Figures with no best
 *       (upper bounds) take no part;</li>
 *   <li>spread is high ÷ low, the factor between the extremes (absent when low is 0 or high is unbounded).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param subject  the subject id
 * @param metric  the metric id
 * @param date  the date the figures are known at ({@link LocalDate#MAX} for everything)
 * @param low  the least low
 * @param best  the weighted median of the best values, if any figure has one
 * @param high  the greatest high, empty if unbounded
 * @param spread  high ÷ low, if both are finite and low is above 0
 * @param contributions  each source's figure, sorted by source
 */
public record Reconciliation(String subject, String metric, LocalDate date, long low, OptionalLong best,
                             OptionalLong high, OptionalDouble spread, List<Contribution> contributions) {

    private static final double UNGRADED_WEIGHT = 0.5;

    /**
     * Checks the components and copies the contributions.
     *
     * @param subject  the subject id
     * @param metric  the metric id
     * @param date  the date the figures are known at ({@link LocalDate#MAX} for everything)
     * @param low  the least low
     * @param best  the weighted median of the best values, if any figure has one
     * @param high  the greatest high, empty if unbounded
     * @param spread  high ÷ low, if both are finite and low is above 0
     * @param contributions  each source's figure, sorted by source
     */
    public Reconciliation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(spread, "spread");
        contributions = List.copyOf(contributions);
    }

    /**
     * Reconciles one subject and metric.
     *
     * @param knowledge  what was known at the date, not null
     * @param subject  the subject id, not null
     * @param metric  the metric id, not null
     * @return the reconciliation, or empty if no figure was known
     */
    public static Optional<Reconciliation> of(Knowledge knowledge, String subject, String metric) {
        LedgerIndex index = knowledge.index();
        int subjectCode = index.subjectCode(subject);
        int metricCode = index.metricCode(metric);
        List<Reconciliation> found = new ArrayList<>(1);
        if (subjectCode >= 0 && metricCode >= 0) {
            reconcile(knowledge, subjectCode, sums -> {
                if (index.metric[sums.first(0)] == metricCode) {
                    found.add(reconcile(knowledge, sums));
                }
            });
        }
        return found.stream().findFirst();
    }

    /**
     * Reconciles every subject and metric that has a known figure, in one walk along the knowledge's index.
     *
     * @param knowledge  what was known at the date, not null
     * @return the reconciliations, sorted by subject and metric, never null
     */
    public static List<Reconciliation> all(Knowledge knowledge) {
        List<Reconciliation> all = new ArrayList<>();
        reconcile(knowledge, -1, sums -> all.add(reconcile(knowledge, sums)));
        return all;
    }

    private static void reconcile(Knowledge knowledge, int subject, CurrentSums.Visitor visitor) {
        CurrentSums.forEach(knowledge.index(), subject, visitor);
    }

    /** The reconciliation of one subject and metric's sums, one contribution per sum, by source. */
    private static Reconciliation reconcile(Knowledge knowledge, MetricSums sums) {
        LedgerIndex index = knowledge.index();
        double[] weights = index.weights(knowledge.ledger());
        List<Contribution> contributions = new ArrayList<>(sums.size());
        for (int k = 0; k < sums.size(); k++) {
            contributions.add(contribution(index, weights, sums, k));
        }
        long low = Long.MAX_VALUE;
        long highest = 0;
        boolean bounded = true;
        List<Weighted> bests = new ArrayList<>(contributions.size());
        for (Contribution contribution : contributions) {
            Quantity figure = contribution.figure();
            low = Math.min(low, figure.low());
            long high = figure.highOr(LedgerIndex.NONE);
            bounded &= high != LedgerIndex.NONE;
            highest = Math.max(highest, high);
            long best = figure.bestOr(LedgerIndex.NONE);
            if (best != LedgerIndex.NONE) {
                bests.add(new Weighted(best, contribution.weight()));
            }
        }
        OptionalLong high = bounded ? OptionalLong.of(highest) : OptionalLong.empty();
        OptionalDouble spread = bounded && low > 0 ? OptionalDouble.of((double) highest / low) : OptionalDouble.empty();
        Estimate first = index.estimate(sums.first(0));
        return new Reconciliation(first.subject(), first.metric(), knowledge.date(), low, weightedMedianOf(bests),
                high, spread, contributions);
    }

    /** A single estimate keeps its own figure (an upper bound has no best); several are summed exactly. */
    private static Contribution contribution(LedgerIndex index, double[] weights, MetricSums sums, int k) {
        int first = sums.first(k);
        Quantity figure = sums.length(k) == 1 ? index.estimate(first).quantity() : sums.bounds(k).toQuantity();
        return new Contribution(index.sourceOf(index.source[first]), figure, sums.ids(k),
                weights[index.source[first]]);
    }

    /** The weight of a source's reliability grade, 0.5 when ungraded or unknown. */
    static double weight(Ledger ledger, String source) {
        return ledger.source(source).flatMap(Source::reliability).map(Reliability::weight).orElse(UNGRADED_WEIGHT);
    }

    /** A best value and the weight of its source. */
    record Weighted(long value, double weight) {
    }

    /** The weighted median of the values, by the rule in the type's description; empty if there are none. */
    static OptionalLong weightedMedianOf(List<Weighted> values) {
        if (values.isEmpty()) {
            return OptionalLong.empty();
        }
        List<Weighted> withBest = new ArrayList<>(values);
        withBest.sort(Comparator.comparingLong(Weighted::value));
        double half = withBest.stream().mapToDouble(Weighted::weight).sum() / 2;
        double running = 0;
        for (int i = 0; i < withBest.size(); i++) {
            running += withBest.get(i).weight();
            long value = withBest.get(i).value();
            if (Math.abs(running - half) < 1e-9 && i + 1 < withBest.size()) {
                long next = withBest.get(i + 1).value();
                return OptionalLong.of(value + (next - value + 1) / 2);
            }
            if (running >= half) {
                return OptionalLong.of(value);
            }
        }
        return OptionalLong.of(withBest.get(withBest.size() - 1).value());
    }
}
