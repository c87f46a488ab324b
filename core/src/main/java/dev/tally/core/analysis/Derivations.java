package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures that known estimates imply.
 *
 * <ul>
 *   <li><b>A missing part</b>: where one source gives, for one subject and the same period, a whole
 *       and all of its parts but one, the missing part is the whole less the others
 *       (wounded = casualties − killed: 4,700 − 600 = ~4,100 for NIS, 2025-04).</li>
 *   <li><b>A missing whole</b>: where one source gives every part of a whole and not the whole,
 *       the whole is their sum (casualties = killed + wounded: 300 + 2,700 = ~3,000 for NIS, 2025-01).</li>
 *   <li><b>A running total</b>: a source's latest cumulative figure plus every known increment whose
 *       period begins after it (deployed: 10,000–12,000 + 3,000 = 13,000–15,000).</li>
 * </ul>
 * Parts and wholes are derived from the standing estimates (known, and neither corrected nor
 * retracted by the date): an update leaves the older figure true for its own period, so NIS's
 * January ~3,000 casualties stays derivable after the military's February tally superseded its
 * parts. Per source, subject, period and metric the latest estimate takes part. Running totals are
 * derived from the current estimates (known and not superseded), as {@link Reconciliation} sums
 * them, so that a re-estimated figure is not counted twice.
 *
 * <p>The parts of a whole are the metrics whose {@code partOf} names it; they are taken to make up
 * the whole together. Arithmetic on ranges is exact: a difference runs from the low less the other's
 * high to the high less the other's low. One pass over the ledger, then work per group.
 */
public final class Derivations {

    private Derivations() {
    }

    /**
     * Every derived figure.
     *
     * @param knowledge  what was known at the date, not null
     * @return the derived estimates, sorted by subject, metric and period, never null
     */
    public static List<DerivedEstimate> of(Knowledge knowledge) {
        return derive(knowledge, -1);
    }

    /**
     * The figures derived for one subject: only its own estimates take part in them.
     *
     * @param knowledge  what was known at the date, not null
     * @param subject  the subject id, not null
     * @return the derived estimates of the subject, sorted by metric and period, never null
     */
    static List<DerivedEstimate> of(Knowledge knowledge, String subject) {
        int code = knowledge.index().subjectCode(subject);
        return code < 0 ? List.of() : derive(knowledge, code);
    }

    /** The derived figures of the index's subject number, or of every subject for −1. */
    private static List<DerivedEstimate> derive(Knowledge knowledge, int subject) {
        LedgerIndex index = knowledge.index();
        MetricRules rules = MetricRules.of(knowledge.ledger(), index);
        List<DerivedEstimate> derived = new ArrayList<>();
        partsAndWholes(index, rules, subject, derived);
        CurrentSums.forEach(index, subject, sums -> runningTotals(index, sums, derived));
        derived.sort(Comparator.comparing(DerivedEstimate::subject).thenComparing(DerivedEstimate::metric)
                .thenComparing(DerivedEstimate::asOf, Picture.PERIODS).thenComparing(DerivedEstimate::id));
        return derived;
    }

    /** The parts of each whole, by the whole's id, in the ledger's order of metrics. */
    static Map<String, List<Metric>> partsByWhole(Ledger ledger) {
        Map<String, List<Metric>> partsByWhole = new HashMap<>();
        for (Metric metric : ledger.metrics()) {
            metric.partOf().ifPresent(whole -> partsByWhole.computeIfAbsent(whole, w -> new ArrayList<>()).add(metric));
        }
        return partsByWhole;
    }

    /**
     * Per source, subject and period (a run of the index's period order), the latest standing
     * figure of each metric, and what they imply for each whole.
     */
    private static void partsAndWholes(LedgerIndex index, MetricRules rules, int subject,
                                       List<DerivedEstimate> derived) {
        int[] order = index.byPeriod();
        int[] groups = index.periodRuns();
        int[] within = LedgerIndex.runsWithin(groups, index.subjectRange(order, subject));
        Standing standing = new Standing(index, order);
        List<MetricRules.Whole> wholes = rules.wholes();
        for (int g = within[0]; g < within[1]; g++) {
            standing.group(groups[g], groups[g + 1]);
            for (int w = 0; w < wholes.size(); w++) {
                partsAndWhole(wholes.get(w), standing, derived);
            }
        }
    }

    /** The latest standing figure of each metric in the current group of an order (a source, subject and period). */
    private static final class Standing {
        private final LedgerIndex index;
        private final int[] order;
        private final int[] latest;
        private final int[] group;
        private int start;

        Standing(LedgerIndex index, int[] order) {
            this.index = index;
            this.order = order;
            latest = new int[index.metricCount()];
            group = new int[index.metricCount()];
            Arrays.fill(group, -1);
        }

        /** Finds the latest figures of the group {@code order[from..to)}. */
        void group(int from, int to) {
            start = from;
            for (int k = from; k < to; k++) {
                int p = order[k];
                if (!index.withdrawn[p]) {
                    latest[index.metric[p]] = p;
                    group[index.metric[p]] = from;
                }
            }
        }

        /** Whether the group has a standing figure of the metric number (−1 for a metric no estimate gives). */
        boolean has(int metric) {
            return metric >= 0 && group[metric] == start;
        }

        /** The standing figure of a metric number that the group has. */
        Estimate figure(int metric) {
            return index.estimate(latest[metric]);
        }
    }

    /** What the standing figures of one source, subject and period imply for one whole. */
    private static void partsAndWhole(MetricRules.Whole whole, Standing figures, List<DerivedEstimate> derived) {
        int[] codes = whole.partCodes();
        int given = 0;
        for (int code : codes) {
            given += figures.has(code) ? 1 : 0;
        }
        boolean hasWhole = figures.has(whole.code());
        int missing = codes.length - given;
        if (given == 0 || (hasWhole ? missing != 1 : missing != 0 || codes.length < 2)) {
            return;
        }
        List<Estimate> parts = Arrays.stream(codes).filter(figures::has).mapToObj(figures::figure).toList();
        if (hasWhole) {
            Estimate wholeFigure = figures.figure(whole.code());
            int absent = 0;
            while (figures.has(codes[absent])) {
                absent++;
            }
            String rule = whole.id() + " − " + parts.stream().map(Estimate::metric).collect(Collectors.joining(" − "));
            List<Estimate> inputs = new ArrayList<>(List.of(wholeFigure));
            inputs.addAll(parts);
            derived.add(derive(whole.parts().get(absent).id(), Bounds.of(wholeFigure.quantity()).minus(Bounds.sum(parts)), rule, inputs,
                    wholeFigure.asOf()));
        } else {
            String rule = parts.stream().map(Estimate::metric).collect(Collectors.joining(" + "));
            derived.add(derive(whole.id(), Bounds.sum(parts), rule, parts, parts.get(0).asOf()));
        }
    }

    /** A running total per sum of a subject and metric that has both cumulative figures and increments. */
    private static void runningTotals(LedgerIndex index, MetricSums sums, List<DerivedEstimate> derived) {
        if (index.increment[sums.first(0)]) {
            return;
        }
        for (int k = 0; k < sums.size(); k++) {
            if (sums.length(k) > 1) {
                Estimate first = index.estimate(sums.first(k));
                Period asOf = index.period(sums.latest(k));
                derived.add(derive(first, first.metric(), sums.bounds(k), "cumulative + later increments",
                        sums.oneSource(k), sums.ids(k), asOf instanceof Period.Interval interval ? interval.to() : asOf));
            }
        }
    }

    private static DerivedEstimate derive(String metric, Bounds bounds, String rule, List<Estimate> inputs, Period asOf) {
        Estimate first = inputs.get(0);
        return derive(first, metric, bounds, rule, inputs.stream().allMatch(e -> e.source().equals(first.source())),
                inputs.stream().map(Estimate::id).toList(), asOf);
    }

    /** The figure derived from estimates, the first of them given, with their ids and whether they share one source. */
    private static DerivedEstimate derive(Estimate first, String metric, Bounds bounds, String rule, boolean oneSource,
                                          List<String> inputs, Period asOf) {
        return new DerivedEstimate("derived:" + metric + ":" + first.id(), first.subject(), metric,
                oneSource ? Optional.of(first.source()) : Optional.empty(), bounds.toQuantity(), asOf, rule, inputs);
    }
}
