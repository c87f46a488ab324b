package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.ReconcileRenderer;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Reconciliation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
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

    private List<Reconciliation> reconcile(Knowledge knowledge) {
        String subjectId = subject == null ? null : SubjectAndMetric.subject(this, knowledge.ledger(), subject).id();
        String metricId = metric == null ? null : SubjectAndMetric.metric(this, knowledge.ledger(), metric).id();
        return Reconciliation.all(knowledge).stream()
                .filter(r -> subjectId == null || r.subject().equals(subjectId))
                .filter(r -> metricId == null || r.metric().equals(metricId))
                .toList();
    }

    @Override
    int text(Knowledge knowledge, String title, PrintWriter out) {
        new ReconcileRenderer(style()).render(title, reconcile(knowledge)).forEach(out::println);
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
