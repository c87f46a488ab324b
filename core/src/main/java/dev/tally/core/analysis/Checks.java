package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *       is below the earlier one's low) and the later figure does not correct or retract the earlier;</li>
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
        partsAndWholes(known, metrics, findings);
        bounds(known, metrics, findings);
        falls(knowledge, known, findings);
        for (Estimate estimate : known) {
            reportedBeforePeriod(estimate, findings);
            wideRange(estimate, findings);
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
                .thenComparing(f -> f.estimates().get(0)));
        return findings;
    }

    private static void partsAndWholes(List<Estimate> known, Map<String, Metric> metrics, List<Finding> findings) {
        Map<List<Object>, List<Estimate>> byPeriod = new LinkedHashMap<>();
        known.forEach(e -> byPeriod.computeIfAbsent(List.of(e.subject(), e.source(), e.asOf()), k -> new ArrayList<>())
                .add(e));
        for (List<Estimate> figures : byPeriod.values()) {
            for (Estimate whole : figures) {
                if (whole.quantity().high().isEmpty()) {
                    continue;
                }
                long high = whole.quantity().high().getAsLong();
                List<Estimate> parts = figures.stream()
                        .filter(p -> metrics.get(p.metric()).partOf().filter(whole.metric()::equals).isPresent())
                        .toList();
                parts.stream().filter(p -> p.quantity().low() > high).forEach(p -> findings.add(new Finding(
                        "part-exceeds-whole", Severity.ERROR, p.metric() + " " + p.quantity().toDisplayText() + " ("
                        + p.id() + ") exceeds " + whole.metric() + " " + whole.quantity().toDisplayText() + " ("
                        + whole.id() + ") of the same source and period", List.of(p.id(), whole.id()))));
                Map<String, Estimate> onePerMetric = new LinkedHashMap<>();
                parts.forEach(p -> onePerMetric.merge(p.metric(), p, (a, b) -> a.quantity().low() >= b.quantity().low() ? a : b));
                long sum = onePerMetric.values().stream().mapToLong(p -> p.quantity().low()).sum();
                if (onePerMetric.size() > 1 && sum > high) {
                    List<String> ids = new ArrayList<>(onePerMetric.values().stream().map(Estimate::id).toList());
                    ids.add(whole.id());
                    findings.add(new Finding("parts-exceed-whole", Severity.ERROR, "the parts "
                            + onePerMetric.values().stream().map(p -> p.metric() + " " + p.quantity().toDisplayText()
                            + " (" + p.id() + ")").collect(Collectors.joining(" + ")) + " add up to at least "
                            + String.format("%,d", sum) + ", above " + whole.metric() + " "
                            + whole.quantity().toDisplayText() + " (" + whole.id() + ")", ids));
                }
            }
        }
    }

    /** For each metric that cannot exceed another: compare with the bound's highest figure by then. */
    private static void bounds(List<Estimate> known, Map<String, Metric> metrics, List<Finding> findings) {
        Map<List<String>, List<Estimate>> bySeries = new HashMap<>();
        known.forEach(e -> bySeries.computeIfAbsent(List.of(e.subject(), e.metric()), k -> new ArrayList<>()).add(e));
        bySeries.forEach((key, series) -> {
            String bound = metrics.get(key.get(1)).cannotExceed().orElse(null);
            List<Estimate> limits = bound == null ? null : bySeries.get(List.of(key.get(0), bound));
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
                + ": at most " + String.format("%,d", limit.high()) + " (" + String.join(", ", limit.estimates()) + ")",
                ids);
    }

    private static void falls(Knowledge knowledge, List<Estimate> known, List<Finding> findings) {
        Map<List<String>, List<Estimate>> bySeries = new HashMap<>();
        known.stream().filter(e -> e.basis() == Basis.CUMULATIVE)
                .forEach(e -> bySeries.computeIfAbsent(List.of(e.subject(), e.metric(), e.source()),
                        k -> new ArrayList<>()).add(e));
        for (List<Estimate> series : bySeries.values()) {
            series.sort(Picture.LATEST);
            Set<String> corrected = new HashSet<>();
            series.forEach(e -> knowledge.revisedBy(e).stream()
                    .filter(r -> r.revises().stream().anyMatch(v -> v.target().equals(e.id())
                            && v.kind() != RevisionKind.UPDATE))
                    .findAny().ifPresent(r -> corrected.add(e.id())));
            Estimate previous = null;
            for (Estimate estimate : series) {
                if (previous != null && previous.asOf().end().isBefore(estimate.asOf().end())
                        && estimate.quantity().high().isPresent()
                        && estimate.quantity().high().getAsLong() < previous.quantity().low()
                        && !corrected.contains(previous.id())) {
                    findings.add(new Finding("cumulative-falls", Severity.WARNING, "the cumulative " + estimate.metric()
                            + " of " + estimate.source() + " falls from " + previous.quantity().toDisplayText() + " ("
                            + previous.id() + ", " + previous.asOf() + ") to " + estimate.quantity().toDisplayText()
                            + " (" + estimate.id() + ", " + estimate.asOf() + ") without a correction",
                            List.of(estimate.id(), previous.id())));
                }
                if (!corrected.contains(estimate.id())) {
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
        if (quantity.form() != Quantity.Form.RANGE) {
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
