package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * true for its own period. One pass to group, then sorted work per group: O(n log n).
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
        List<Estimate> known = knowledge.known().toList();
        Map<String, Metric> metrics = new HashMap<>();
        knowledge.ledger().metrics().forEach(m -> metrics.put(m.id(), m));
        List<Finding> findings = new ArrayList<>();
        partsAndWholes(known, Derivations.partsByWhole(knowledge.ledger()), findings);
        bounds(known, metrics, findings);
        falls(knowledge, known, findings);
        for (Estimate estimate : known) {
            reportedBeforePeriod(estimate, findings);
            wideRange(estimate, findings);
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
                .thenComparing(f -> f.estimates().get(0))
                .thenComparing(f -> String.join(" ", f.estimates())));
        return findings;
    }

    private static void partsAndWholes(List<Estimate> known, Map<String, List<Metric>> partsByWhole,
                                       List<Finding> findings) {
        Set<String> related = Derivations.related(partsByWhole);
        Map<GroupKey, Map<String, List<Estimate>>> byPeriod = new LinkedHashMap<>();
        known.stream().filter(e -> related.contains(e.metric()))
                .forEach(e -> byPeriod.computeIfAbsent(GroupKey.of(e.subject(), e.source(), e.asOf()),
                        k -> new LinkedHashMap<>()).computeIfAbsent(e.metric(), m -> new ArrayList<>(1)).add(e));
        for (Map<String, List<Estimate>> figures : byPeriod.values()) {
            figures.forEach((metric, wholes) -> {
                List<List<Estimate>> parts = partsByWhole.getOrDefault(metric, List.of()).stream()
                        .map(p -> figures.get(p.id())).filter(Objects::nonNull).toList();
                wholes.stream().filter(w -> w.quantity().high().isPresent())
                        .forEach(whole -> partsAndWhole(whole, parts, findings));
            });
        }
    }

    /** Checks one whole against its parts of the same source and period, given per part metric. */
    private static void partsAndWhole(Estimate whole, List<List<Estimate>> parts, List<Finding> findings) {
        long high = whole.quantity().high().getAsLong();
        List<Estimate> largest = new ArrayList<>();
        for (List<Estimate> ofMetric : parts) {
            ofMetric.stream().filter(p -> p.quantity().low() > high).forEach(p -> findings.add(new Finding(
                    "part-exceeds-whole", Severity.ERROR, p.metric() + " " + p.quantity().toDisplayText() + " ("
                    + p.id() + ") exceeds " + whole.metric() + " " + whole.quantity().toDisplayText() + " ("
                    + whole.id() + ") of the same source and period", List.of(p.id(), whole.id()))));
            largest.add(ofMetric.stream().max(Comparator.comparingLong(p -> p.quantity().low())).orElseThrow());
        }
        long sum = largest.stream().mapToLong(p -> p.quantity().low()).sum();
        if (largest.size() > 1 && sum > high) {
            List<String> ids = new ArrayList<>(largest.stream().map(Estimate::id).toList());
            ids.add(whole.id());
            findings.add(new Finding("parts-exceed-whole", Severity.ERROR, "the parts "
                    + largest.stream().map(p -> p.metric() + " " + p.quantity().toDisplayText() + " (" + p.id() + ")")
                    .collect(Collectors.joining(" + ")) + " add up to at least " + Numbers.grouped(sum)
                    + ", above " + whole.metric() + " " + whole.quantity().toDisplayText() + " (" + whole.id() + ")",
                    ids));
        }
    }

    /** For each metric that cannot exceed another: compare with the bound's highest figure by then. */
    private static void bounds(List<Estimate> known, Map<String, Metric> metrics, List<Finding> findings) {
        Set<String> bounding = new HashSet<>();
        metrics.values().forEach(m -> m.cannotExceed().ifPresent(bounding::add));
        Map<GroupKey, List<Estimate>> bySeries = new HashMap<>();
        known.stream().filter(e -> bounding.contains(e.metric()) || metrics.get(e.metric()).cannotExceed().isPresent())
                .forEach(e -> bySeries.computeIfAbsent(GroupKey.of(e.subject(), e.metric()), k -> new ArrayList<>()).add(e));
        bySeries.values().forEach(series -> {
            String bound = metrics.get(series.get(0).metric()).cannotExceed().orElse(null);
            List<Estimate> limits = bound == null ? null : bySeries.get(GroupKey.of(series.get(0).subject(), bound));
            if (limits != null) {
                BoundSeries limit = new BoundSeries(limits);
                for (Estimate estimate : series) {
                    limit.at(estimate.asOf().end(), estimate.quantity().low())
                            .ifPresent(b -> findings.add(exceedsBound(estimate, bound, b)));
                }
            }
        });
    }

    private static Finding exceedsBound(Estimate estimate, String bound, BoundSeries.Bound limit) {
        List<String> ids = new ArrayList<>(List.of(estimate.id()));
        ids.addAll(limit.estimates());
        return new Finding("exceeds-bound", Severity.ERROR, estimate.metric() + " " + estimate.quantity().toDisplayText()
                + " (" + estimate.id() + ") exceeds every " + bound + " figure known for " + estimate.asOf().toText()
                + ": at most " + Numbers.grouped(limit.high()) + " (" + String.join(", ", limit.estimates()) + ")",
                ids);
    }

    private static void falls(Knowledge knowledge, List<Estimate> known, List<Finding> findings) {
        Map<GroupKey, List<Estimate>> bySeries = new HashMap<>();
        known.stream().filter(e -> e.basis() == Basis.CUMULATIVE)
                .forEach(e -> bySeries.computeIfAbsent(GroupKey.of(e.subject(), e.metric(), e.source()),
                        k -> new ArrayList<>()).add(e));
        for (List<Estimate> series : bySeries.values()) {
            series.sort(Picture.LATEST);
            Estimate previous = null;
            for (Estimate estimate : series) {
                boolean withdrawn = knowledge.isWithdrawn(estimate);
                if (previous != null && !withdrawn && previous.asOf().end().isBefore(estimate.asOf().end())
                        && estimate.quantity().high().isPresent()
                        && estimate.quantity().high().getAsLong() < previous.quantity().low()) {
                    findings.add(new Finding("cumulative-falls", Severity.WARNING, "the cumulative " + estimate.metric()
                            + " of " + estimate.source() + " falls from " + previous.quantity().toDisplayText() + " ("
                            + previous.id() + ", " + previous.asOf() + ") to " + estimate.quantity().toDisplayText()
                            + " (" + estimate.id() + ", " + estimate.asOf() + ") without a correction",
                            List.of(estimate.id(), previous.id())));
                }
                if (!withdrawn) {
                    previous = estimate;
                }
            }
        }
    }

    private static void reportedBeforePeriod(Estimate estimate, List<Finding> findings) {
        LocalDate reported = estimate.reported().end();
        if (reported.isBefore(estimate.asOf().start())) {
            findings.add(new Finding("reported-before-period", Severity.WARNING, estimate.id() + " was reported "
                    + estimate.reported() + ", before its period " + estimate.asOf() + " began",
                    List.of(estimate.id())));
        }
    }

    private void wideRange(Estimate estimate, List<Finding> findings) {
        Quantity quantity = estimate.quantity();
        if (quantity.form() != Quantity.Form.RANGE && quantity.form() != Quantity.Form.BEST_INSIDE_BOUNDS) {
            return;
        }
        long high = quantity.high().getAsLong();
        if (quantity.low() == 0 ? high > 0 : (double) high / quantity.low() > widestRange) {
            findings.add(new Finding("wide-range", Severity.WARNING, estimate.id() + " gives the range "
                    + quantity.toDisplayText() + ", whose high is more than " + widestRange + " times its low",
                    List.of(estimate.id())));
        }
    }
}
