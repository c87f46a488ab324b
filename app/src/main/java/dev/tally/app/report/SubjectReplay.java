package dev.tally.app.report;

import dev.tally.core.analysis.Checks;
import dev.tally.core.analysis.Derivations;
import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What was known of one subject at each date where that changed, replayed with core's rule
 * ({@link Knowledge}): the reconciliation of each metric, the checks' findings and the derived figures.
 * Knowledge of a subject changes only on a date where one of its estimates becomes known, the last
 * day of the period it was reported in; between two such dates the picture stays as at the first.
 * The page's date control then only picks the last state on or before the chosen date.
 *
 * @param dates  the dates where knowledge changed, in order
 * @param states  for each metric id, its reconciliations from the date each began to hold
 * @param findings  the checks' findings, each with the dates it held
 * @param derived  the derived figures, each with the dates it held
 */
record SubjectReplay(List<LocalDate> dates, Map<String, List<State>> states, List<Span<Finding>> findings,
                     List<Span<DerivedEstimate>> derived) {

    /**
     * The reconciliation of a metric from a date on, until the next state.
     *
     * @param from  the first date it holds
     * @param reconciliation  the reconciliation, empty when no figure is known (all withdrawn)
     */
    record State(LocalDate from, Optional<Reconciliation> reconciliation) {
    }

    SubjectReplay {
        dates = List.copyOf(dates);
        states = Map.copyOf(states);
        findings = List.copyOf(findings);
        derived = List.copyOf(derived);
    }

    /**
     * Replays one subject of a ledger, up to a date.
     *
     * @param ledger  the ledger
     * @param estimates  every estimate of the subject, in the ledger's order
     * @param until  the last date to replay ({@link LocalDate#MAX} for everything)
     * @return the replay, never null
     */
    static SubjectReplay of(Ledger ledger, List<Estimate> estimates, LocalDate until) {
        Ledger own = onlySubject(ledger, estimates);
        TreeSet<LocalDate> dates = new TreeSet<>();
        own.estimates().stream().map(e -> e.reported().end()).filter(d -> !d.isAfter(until)).forEach(dates::add);
        Map<String, List<State>> states = new LinkedHashMap<>();
        Spans<Finding> findings = new Spans<>();
        Spans<DerivedEstimate> derived = new Spans<>();
        Checks checks = Checks.standard();
        List<String> metrics = metricsOf(own);
        for (LocalDate date : dates) {
            Knowledge knowledge = Knowledge.at(own, date);
            Map<String, Reconciliation> reconciled = new LinkedHashMap<>();
            Reconciliation.all(knowledge).forEach(r -> reconciled.put(r.metric(), r));
            for (String metric : metrics) {
                add(states.computeIfAbsent(metric, m -> new ArrayList<>()), date, Optional.ofNullable(reconciled.get(metric)));
            }
            findings.at(date, checks.run(knowledge));
            derived.at(date, Derivations.of(knowledge));
        }
        return new SubjectReplay(List.copyOf(dates), states, findings.spans(), derived.spans());
    }

    /** Adds a state unless it reconciles to what the last state did. */
    private static void add(List<State> states, LocalDate date, Optional<Reconciliation> reconciliation) {
        if (states.isEmpty() && reconciliation.isEmpty()) {
            return;
        }
        if (!states.isEmpty() && sameFigures(states.get(states.size() - 1).reconciliation(), reconciliation)) {
            return;
        }
        states.add(new State(date, reconciliation));
    }

    private static boolean sameFigures(Optional<Reconciliation> a, Optional<Reconciliation> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        Reconciliation x = a.get();
        Reconciliation y = b.get();
        return x.low() == y.low() && x.best().equals(y.best()) && x.high().equals(y.high())
                && x.spread().equals(y.spread()) && x.contributions().equals(y.contributions());
    }

    private static List<String> metricsOf(Ledger ledger) {
        return ledger.estimates().stream().map(Estimate::metric).distinct().toList();
    }

    /** The ledger with only one subject's estimates: a revision stays on its subject, so it is whole. */
    private static Ledger onlySubject(Ledger ledger, List<Estimate> estimates) {
        Ledger.Builder builder = Ledger.builder();
        ledger.sources().forEach(builder::add);
        ledger.subjects().forEach(builder::add);
        ledger.metrics().forEach(builder::add);
        estimates.forEach(builder::add);
        return builder.build();
    }
}
