package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds figures that cannot all be true, or that deserve a second look. The rules, by stable id:
 * <ul>
 *   <li>{@code part-exceeds-whole} (error): for one source, subject and period, a part's low is above
 *       its whole's high (killed above casualties);</li>
 *   <li>{@code parts-exceed-whole} (error): for one source, subject and period, the lows of two or
 *       more parts add up above the whole's high;</li>
 *   <li>{@code exceeds-bound} (error): a figure's low is above every figure of the metric it cannot
 *       exceed (casualties above deployed) known for the same subject by the end of its period,
 *       counting the highest cumulative figure plus every increment since;</li>
 *   <li>{@code cumulative-falls} (warning): a source's cumulative series falls (the later figure's high
 *       is below the earlier one's low) and neither figure has been corrected or retracted by the date
 *       (a withdrawn figure is passed over: the series is compared without it);</li>
 *   <li>{@code reported-before-period} (warning): a figure was reported before its period began;</li>
 *   <li>{@code wide-range} (warning): a range whose high is more than {@link #widestRange} times its
 *       low (or whose low is 0), so wide it says little.</li>
 * </ul>
 * The checks look at every known estimate, superseded or not: an update leaves the older figure
 * true for its own period. The work runs along the orders of the knowledge's index ({@code LedgerIndex}),
 * one walk per rule, each group a run of one order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Checks {

    /** The default widest range: a high more than 3 times the low draws a warning. */
    public static final double DEFAULT_WIDEST_RANGE = 3.0;

    private final double widestRange;

    private Checks(double widestRange) {
        this.widestRange = widestRange;
    }

    /**
     * The checks with the default settings.
     *
     * @return the checks, never null
     */
    public static Checks standard() {
        return new Checks(DEFAULT_WIDEST_RANGE);
    }

    /**
     * These checks with another limit for {@code wide-range}.
     *
     * @param ratio  the largest high ÷ low that draws no warning, at least 1
     * @return the changed checks, never null
     * @throws IllegalArgumentException if the ratio is below 1
     */
    public Checks withWidestRange(double ratio) {
        if (!(ratio >= 1)) {
            throw new IllegalArgumentException("the widest range must be a ratio of at least 1: " + ratio);
        }
        return new Checks(ratio);
    }

    /**
     * The limit for {@code wide-range}.
     *
     * @return the largest high ÷ low that draws no warning
     */
    public double widestRange() {
        return widestRange;
    }

    /**
     * Runs every check.
     *
     * @param knowledge  what was known at the date, not null
     * @return the findings, errors first, then by rule and estimate, never null
     */
    public List<Finding> run(Knowledge knowledge) {
        LedgerIndex index = knowledge.index();
        MetricRules rules = MetricRules.of(knowledge.ledger(), index);
        List<Finding> findings = new ArrayList<>();
        partsAndWholes(index, rules, findings);
        bounds(index, rules, findings);
        falls(index, findings);
        for (int position : index.known()) {
            reportedBeforePeriod(index, position, findings);
            wideRange(index, position, findings);
        }
        return sorted(findings);
    }

    /**
     * A finding with the keys of the findings' order, read once: severity, rule, first estimate, then
     * all its estimates' ids joined.
     */
    private record Keyed(int severity, String rule, String first, String ids, Finding finding)
            implements Comparable<Keyed> {

        Keyed(Finding finding) {
            this(finding.severity().ordinal(), finding.rule(), finding.estimates().get(0),
                    String.join(" ", finding.estimates()), finding);
        }

        @Override
        public int compareTo(Keyed other) {
            int order = Integer.compare(severity, other.severity);
            if (order == 0) {
                order = rule.compareTo(other.rule);
            }
            if (order == 0) {
                order = first.compareTo(other.first);
            }
            return order == 0 ? ids.compareTo(other.ids) : order;
        }
    }

    /** The findings, errors first, then by rule, first estimate and all estimates; ties keep their order. */
    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().map(Keyed::new).sorted().map(Keyed::finding)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Per source, subject and period (a run of the index's period order), each whole against its parts. */
    private static void partsAndWholes(LedgerIndex index, MetricRules rules, List<Finding> findings) {
        int[] order = index.byPeriod();
        int[] groups = index.periodRuns();
        MetricRuns runs = new MetricRuns(index, order);
        int[] parts = new int[index.metricCount()];
        for (int g = 0; g + 1 < groups.length; g++) {
            int from = groups[g];
            int to = groups[g + 1];
            runs.group(from, to);
            for (int k = from, end; k < to; k = end) {
                int whole = index.metric[order[k]];
                end = runs.to[whole];
                int count = 0;
                for (int part : rules.parts(whole)) {
                    if (runs.has(part)) {
                        parts[count++] = part;
                    }
                }
                for (int w = k; w < end && count > 0; w++) {
                    if (index.high[order[w]] != LedgerIndex.NONE) {
                        partsAndWhole(index, runs, order[w], parts, count, findings);
                    }
                }
            }
        }
    }

    /**
     * Where each metric's run begins and ends in the current group of an order, a group in which
     * each metric's positions lie together.
     */
    private static final class MetricRuns {
        private final LedgerIndex index;
        private final int[] order;
        private final int[] from;
        private final int[] to;
        private int group;

        MetricRuns(LedgerIndex index, int[] order) {
            this.index = index;
            this.order = order;
            from = new int[index.metricCount()];
            to = new int[index.metricCount()];
            Arrays.fill(from, -1);
        }

        /** Finds the runs of the group {@code order[groupFrom..groupTo)}. */
        void group(int groupFrom, int groupTo) {
            group = groupFrom;
            for (int k = groupFrom; k < groupTo; k++) {
                int metric = index.metric[order[k]];
                if (from[metric] < groupFrom) {
                    from[metric] = k;
                }
                to[metric] = k + 1;
            }
        }

        /** Whether the metric has a run in the current group. */
        boolean has(int metric) {
            return from[metric] >= group;
        }
    }

    /**
     * Checks one whole against its parts of the same source and period, given as the first
     * {@code count} part metrics, each with a run in the group.
     */
    private static void partsAndWhole(LedgerIndex index, MetricRuns runs, int whole, int[] parts, int count,
                                      List<Finding> findings) {
        long high = index.high[whole];
        int[] largest = new int[count];
        long sum = 0;
        for (int r = 0; r < count; r++) {
            int max = -1;
            for (int k = runs.from[parts[r]]; k < runs.to[parts[r]]; k++) {
                int p = runs.order[k];
                if (index.low[p] > high) {
                    findings.add(partExceedsWhole(index.estimate(p), index.estimate(whole)));
                }
                if (max < 0 || index.low[p] > index.low[max] || index.low[p] == index.low[max] && p < max) {
                    max = p;
                }
            }
            largest[r] = max;
            sum += index.low[max];
        }
        if (count > 1 && sum > high) {
            findings.add(partsExceedWhole(Arrays.stream(largest).mapToObj(index::estimate).toList(),
                    index.estimate(whole), sum));
        }
    }

    private static Finding partExceedsWhole(Estimate part, Estimate whole) {
        return new Finding("part-exceeds-whole", Severity.ERROR, List.of(part.id(), whole.id()), () -> part.metric()
                + " " + part.quantity().toDisplayText() + " (" + part.id() + ") exceeds " + whole.metric() + " "
                + whole.quantity().toDisplayText() + " (" + whole.id() + ") of the same source and period");
    }

    private static Finding partsExceedWhole(List<Estimate> largest, Estimate whole, long total) {
        List<String> ids = new ArrayList<>(largest.size() + 1);
        largest.forEach(part -> ids.add(part.id()));
        ids.add(whole.id());
        return new Finding("parts-exceed-whole", Severity.ERROR, ids, () -> "the parts "
                + largest.stream().map(p -> p.metric() + " " + p.quantity().toDisplayText() + " (" + p.id() + ")")
                .collect(Collectors.joining(" + ")) + " add up to at least " + Numbers.grouped(total)
                + ", above " + whole.metric() + " " + whole.quantity().toDisplayText() + " (" + whole.id() + ")");
    }

    /** For each metric that cannot exceed another: compare with the bound's highest figure by then. */
    private static void bounds(LedgerIndex index, MetricRules rules, List<Finding> findings) {
        int[] order = index.byStart();
        MetricRuns blocks = new MetricRuns(index, order);
        for (int from = 0, to; from < order.length; from = to) {
            to = Orders.runEnd(order, from, index.subject);
            blocks.group(from, to);
            for (int k = from, end; k < to; k = end) {
                int metric = index.metric[order[k]];
                end = blocks.to[metric];
                int bound = rules.bound(metric);
                if (bound >= 0 && blocks.has(bound)) {
                    BoundSeries limit = new BoundSeries(index, order, blocks.from[bound], blocks.to[bound]);
                    for (int e = k; e < end; e++) {
                        int position = order[e];
                        Optional<BoundSeries.Bound> exceeded = limit.at(index.lastDay(position), index.low[position]);
                        if (exceeded.isPresent()) {
                            findings.add(exceedsBound(index.estimate(position), index.metricOf(bound), exceeded.get()));
                        }
                    }
                }
            }
        }
    }

    private static Finding exceedsBound(Estimate estimate, String bound, BoundSeries.Bound limit) {
        List<String> ids = new ArrayList<>(List.of(estimate.id()));
        ids.addAll(limit.estimates());
        return new Finding("exceeds-bound", Severity.ERROR, ids, () -> estimate.metric() + " "
                + estimate.quantity().toDisplayText() + " (" + estimate.id() + ") exceeds every " + bound
                + " figure known for " + estimate.asOf().toText() + ": at most " + Numbers.grouped(limit.high()) + " ("
                + String.join(", ", limit.estimates()) + ")");
    }

    /** Each source's cumulative series, in the index's series order, which is {@link Picture#LATEST}. */
    private static void falls(LedgerIndex index, List<Finding> findings) {
        int[] order = index.bySeries();
        int[] runs = index.seriesRuns();
        for (int r = 0; r + 1 < runs.length; r++) {
            int previous = -1;
            for (int k = runs[r]; k < runs[r + 1]; k++) {
                int p = order[k];
                if (index.increment[p] || index.withdrawn[p]) {
                    continue;
                }
                if (previous >= 0 && index.lastDay(previous) < index.lastDay(p) && index.high[p] != LedgerIndex.NONE
                        && index.high[p] < index.low[previous]) {
                    findings.add(falls(index.estimate(previous), index.estimate(p)));
                }
                previous = p;
            }
        }
    }

    private static Finding falls(Estimate previous, Estimate estimate) {
        return new Finding("cumulative-falls", Severity.WARNING, List.of(estimate.id(), previous.id()),
                () -> "the cumulative " + estimate.metric() + " of " + estimate.source() + " falls from "
                + previous.quantity().toDisplayText() + " (" + previous.id() + ", " + previous.asOf() + ") to "
                + estimate.quantity().toDisplayText() + " (" + estimate.id() + ", " + estimate.asOf()
                + ") without a correction");
    }

    private static void reportedBeforePeriod(LedgerIndex index, int position, List<Finding> findings) {
        if (index.reportedLastDay(position) < index.firstDay(position)) {
            Estimate estimate = index.estimate(position);
            findings.add(new Finding("reported-before-period", Severity.WARNING, List.of(estimate.id()),
                    () -> estimate.id() + " was reported " + estimate.reported() + ", before its period "
                    + estimate.asOf() + " began"));
        }
    }

    private void wideRange(LedgerIndex index, int position, List<Finding> findings) {
        Quantity.Form form = index.form(position);
        if (form != Quantity.Form.RANGE && form != Quantity.Form.BEST_INSIDE_BOUNDS) {
            return;
        }
        long low = index.low[position];
        long high = index.high[position];
        if (low == 0 ? high > 0 : (double) high / low > widestRange) {
            Estimate estimate = index.estimate(position);
            findings.add(new Finding("wide-range", Severity.WARNING, List.of(estimate.id()),
                    () -> estimate.id() + " gives the range " + estimate.quantity().toDisplayText()
                    + ", whose high is more than " + widestRange + " times its low"));
        }
    }
}
