package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.Marks;
import dev.tally.app.render.ReconcileRenderer;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally reconcile [LEDGER] [--subject S] [--metric M]}: the sources' figures brought together. */
@Command(name = "reconcile", description = "Bring the sources' latest figures together per subject and metric: "
        + "low, weighted best, high, spread, and the estimates behind them.")
final class ReconcileCommand extends LedgerViewCommand {

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (default: every subject).")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric: id, name or synonym (default: every metric).")
    String metric;

    @Inject
    ReconcileCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    Predicate<Estimate> shows(Ledger ledger) {
        BiPredicate<String, String> selected = selected(ledger);
        return e -> selected.test(e.subject(), e.metric());
    }

    private List<Reconciliation> reconcile(Knowledge knowledge) {
        BiPredicate<String, String> selected = selected(knowledge.ledger());
        return Reconciliation.all(knowledge).stream().filter(r -> selected.test(r.subject(), r.metric())).toList();
    }

    /** Whether a subject and a metric (ids) are among those {@code --subject} and {@code --metric} select. */
    private BiPredicate<String, String> selected(Ledger ledger) {
        Predicate<String> subjects = only(subject, text -> SubjectAndMetric.subject(spec.commandLine(), ledger, text).id());
        Predicate<String> metrics = only(metric, text -> SubjectAndMetric.metric(spec.commandLine(), ledger, text).id());
        return (s, m) -> subjects.test(s) && metrics.test(m);
    }

    /** Every id when the option was not given, else only the id it resolves to. */
    private static Predicate<String> only(String option, UnaryOperator<String> resolve) {
        if (option == null) {
            return id -> true;
        }
        String chosen = resolve.apply(option);
        return chosen::equals;
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        new ReconcileRenderer(style(), Marks.of(knowledge)).render(heading, reconcile(knowledge)).forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("reconciled");
        for (Reconciliation reconciliation : reconcile(knowledge)) {
            JsonViews.reconciliation(json, reconciliation);
        }
        json.writeEndArray();
        return ExitCode.DONE;
    }
}
