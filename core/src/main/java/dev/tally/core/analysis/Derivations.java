package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures that known, current estimates imply.
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
 * The parts of a whole are the metrics whose {@code partOf} names it; they are taken to make up
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
        Map<String, List<Metric>> partsByWhole = new HashMap<>();
        for (Metric metric : knowledge.ledger().metrics()) {
            metric.partOf().ifPresent(whole -> partsByWhole.computeIfAbsent(whole, w -> new ArrayList<>()).add(metric));
        }
        Map<List<Object>, Map<String, Estimate>> byPeriod = new LinkedHashMap<>();
        Map<List<String>, List<Estimate>> bySeries = new LinkedHashMap<>();
        knowledge.current().forEach(e -> {
            byPeriod.computeIfAbsent(List.of(e.subject(), e.source(), e.asOf()), k -> new HashMap<>())
                    .merge(e.metric(), e, (a, b) -> Picture.LATEST.compare(a, b) >= 0 ? a : b);
            bySeries.computeIfAbsent(List.of(e.subject(), e.metric()), k -> new ArrayList<>()).add(e);
        });
        List<DerivedEstimate> derived = new ArrayList<>();
        byPeriod.values().forEach(figures -> partsAndWholes(partsByWhole, figures, derived));
        bySeries.values().forEach(series -> runningTotals(knowledge, series, derived));
        derived.sort(Comparator.comparing(DerivedEstimate::subject).thenComparing(DerivedEstimate::metric)
                .thenComparing(DerivedEstimate::asOf).thenComparing(DerivedEstimate::id));
        return derived;
    }

    private static void partsAndWholes(Map<String, List<Metric>> partsByWhole, Map<String, Estimate> figures,
                                       List<DerivedEstimate> derived) {
        partsByWhole.forEach((whole, parts) -> {
            List<Metric> missing = parts.stream().filter(p -> !figures.containsKey(p.id())).toList();
            List<Estimate> given = parts.stream().map(p -> figures.get(p.id())).filter(e -> e != null).toList();
            Estimate wholeFigure = figures.get(whole);
            if (wholeFigure != null && missing.size() == 1 && !given.isEmpty()) {
                Bounds rest = given.stream().map(e -> Bounds.of(e.quantity())).reduce(Bounds::plus).orElseThrow();
                String rule = whole + " − " + given.stream().map(Estimate::metric).collect(Collectors.joining(" − "));
                List<Estimate> inputs = new ArrayList<>(List.of(wholeFigure));
                inputs.addAll(given);
                derived.add(derive(missing.get(0).id(), Bounds.of(wholeFigure.quantity()).minus(rest), rule, inputs,
                        wholeFigure.asOf()));
            } else if (wholeFigure == null && missing.isEmpty() && parts.size() > 1) {
                Bounds sum = given.stream().map(e -> Bounds.of(e.quantity())).reduce(Bounds::plus).orElseThrow();
                String rule = given.stream().map(Estimate::metric).collect(Collectors.joining(" + "));
                derived.add(derive(whole, sum, rule, given, given.get(0).asOf()));
            }
        });
    }

    private static void runningTotals(Knowledge knowledge, List<Estimate> series, List<DerivedEstimate> derived) {
        if (series.stream().noneMatch(e -> e.basis() == Basis.INCREMENT)
                || series.stream().noneMatch(e -> e.basis() == Basis.CUMULATIVE)) {
            return;
        }
        for (Contribution total : Reconciliation.contributions(knowledge.ledger(), series)) {
            if (total.estimates().size() < 2) {
                continue;
            }
            List<Estimate> inputs = total.estimates().stream()
                    .map(id -> knowledge.ledger().estimate(id).orElseThrow()).toList();
            Period last = inputs.get(inputs.size() - 1).asOf();
            Period asOf = last instanceof Period.Interval ? ((Period.Interval) last).to() : last;
            derived.add(derive(inputs.get(0).metric(), Bounds.of(total.figure()), "cumulative + later increments",
                    inputs, asOf));
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
