package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
        return derive(knowledge, e -> true);
    }

    /**
     * The figures derived for one subject: only its own estimates take part in them.
     *
     * @param knowledge  what was known at the date, not null
     * @param subject  the subject id, not null
     * @return the derived estimates of the subject, sorted by metric and period, never null
     */
    static List<DerivedEstimate> of(Knowledge knowledge, String subject) {
        return derive(knowledge, e -> e.subject().equals(subject));
    }

    private static List<DerivedEstimate> derive(Knowledge knowledge, Predicate<Estimate> scope) {
        Map<String, List<Metric>> partsByWhole = partsByWhole(knowledge.ledger());
        Set<String> related = related(partsByWhole);
        Map<GroupKey, Map<String, Estimate>> byPeriod = new LinkedHashMap<>();
        Map<GroupKey, List<Estimate>> bySeries = new LinkedHashMap<>();
        knowledge.known().filter(scope).forEach(e -> {
            if (related.contains(e.metric()) && !knowledge.isWithdrawn(e)) {
                byPeriod.computeIfAbsent(GroupKey.of(e.subject(), e.source(), e.asOf()), k -> new HashMap<>())
                        .merge(e.metric(), e, (a, b) -> Picture.LATEST.compare(a, b) >= 0 ? a : b);
            }
            if (!knowledge.isSuperseded(e)) {
                bySeries.computeIfAbsent(GroupKey.of(e.subject(), e.metric()), k -> new ArrayList<>()).add(e);
            }
        });
        List<DerivedEstimate> derived = new ArrayList<>();
        byPeriod.values().forEach(figures -> partsAndWholes(partsByWhole, figures, derived));
        bySeries.values().forEach(series -> runningTotals(series, derived));
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

    /** The metrics that are a whole or a part of one. */
    static Set<String> related(Map<String, List<Metric>> partsByWhole) {
        Set<String> related = new HashSet<>(partsByWhole.keySet());
        partsByWhole.values().forEach(parts -> parts.forEach(p -> related.add(p.id())));
        return related;
    }

    private static void partsAndWholes(Map<String, List<Metric>> partsByWhole, Map<String, Estimate> figures,
                                       List<DerivedEstimate> derived) {
        partsByWhole.forEach((whole, parts) -> {
            List<Estimate> given = new ArrayList<>(parts.size());
            List<Metric> missing = new ArrayList<>(1);
            for (Metric part : parts) {
                Estimate figure = figures.get(part.id());
                if (figure == null) {
                    missing.add(part);
                } else {
                    given.add(figure);
                }
            }
            if (given.isEmpty()) {
                return;
            }
            Estimate wholeFigure = figures.get(whole);
            if (wholeFigure != null && missing.size() == 1) {
                Bounds rest = Bounds.sum(given);
                String rule = whole + " − " + given.stream().map(Estimate::metric).collect(Collectors.joining(" − "));
                List<Estimate> inputs = new ArrayList<>(List.of(wholeFigure));
                inputs.addAll(given);
                derived.add(derive(missing.get(0).id(), Bounds.of(wholeFigure.quantity()).minus(rest), rule, inputs,
                        wholeFigure.asOf()));
            } else if (wholeFigure == null && missing.isEmpty() && parts.size() > 1) {
                String rule = given.stream().map(Estimate::metric).collect(Collectors.joining(" + "));
                derived.add(derive(whole, Bounds.sum(given), rule, given, given.get(0).asOf()));
            }
        });
    }

    private static void runningTotals(List<Estimate> series, List<DerivedEstimate> derived) {
        if (series.stream().noneMatch(e -> e.basis() == Basis.INCREMENT)
                || series.stream().noneMatch(e -> e.basis() == Basis.CUMULATIVE)) {
            return;
        }
        for (List<Estimate> inputs : Reconciliation.sums(series)) {
            if (inputs.size() < 2) {
                continue;
            }
            Period last = inputs.stream().map(Estimate::asOf).max(Picture.PERIODS).orElseThrow();
            Period asOf = last instanceof Period.Interval interval ? interval.to() : last;
            derived.add(derive(inputs.get(0).metric(), Bounds.sum(inputs), "cumulative + later increments", inputs,
                    asOf));
        }
    }

    private static DerivedEstimate derive(String metric, Bounds bounds, String rule, List<Estimate> inputs, Period asOf) {
        Estimate first = inputs.get(0);
        Optional<String> source = inputs.stream().allMatch(e -> e.source().equals(first.source()))
                ? Optional.of(first.source()) : Optional.empty();
        String id = "derived:" + metric + ":" + first.id();
        return new DerivedEstimate(id, first.subject(), metric, source, bounds.toQuantity(), asOf, rule,
                inputs.stream().map(Estimate::id).toList());
    }
}
