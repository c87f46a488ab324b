package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.Marks;
import dev.tally.app.render.PeriodComparisonRenderer;
import dev.tally.app.render.ReconcileRenderer;
import dev.tally.core.analysis.BucketSize;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.PeriodComparison;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.analysis.Rollup;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tally reconcile [LEDGER] [--subject S] [--metric M] [--by month|week|quarter|year]}: the
 * sources' figures brought together, as a whole or, with {@code --by}, bucket by bucket.
 */
@Command(name = "reconcile", description = "Bring the sources' latest figures together per subject and metric: "
        + "low, weighted best, high, spread, and the estimates behind them. With --by, compare the sources bucket "
        + "by bucket instead: each source's total, the reconciled low, best and high, the ratio between the highest "
        + "and the lowest source, and the largest estimates of the source with the highest total.")
final class ReconcileCommand extends LedgerViewCommand {

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (default: every subject).")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric: id, name or synonym (default: every metric).")
    String metric;

    @Option(names = "--by", paramLabel = "BUCKET", converter = RollupCommand.BucketSizeConverter.class,
            description = "Compare the sources per calendar bucket: week (ISO), month, quarter or year, from "
                    + "their totals as tally rollup sums them (default: the latest figures as a whole).")
    BucketSize by;

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

    private List<PeriodComparison> compare(Knowledge knowledge) {
        BiPredicate<String, String> selected = selected(knowledge.ledger());
        return PeriodComparison.of(Rollup.of(knowledge, by), knowledge.ledger()).stream()
                .filter(c -> selected.test(c.subject(), c.metric())).toList();
    }

    private BiPredicate<String, String> selected(Ledger ledger) {
        return SubjectAndMetric.selected(spec.commandLine(), ledger, subject, metric);
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        List<String> lines = by == null
                ? new ReconcileRenderer(style(), Marks.of(knowledge)).render(heading, reconcile(knowledge))
                : new PeriodComparisonRenderer(style(), Marks.of(knowledge)).render(heading, compare(knowledge));
        lines.forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        if (by != null) {
            json.writeStringField("by", by.toText());
            json.writeArrayFieldStart("compared");
            for (PeriodComparison comparison : compare(knowledge)) {
                JsonViews.comparison(json, comparison);
            }
            json.writeEndArray();
            return ExitCode.DONE;
        }
        json.writeArrayFieldStart("reconciled");
        for (Reconciliation reconciliation : reconcile(knowledge)) {
            JsonViews.reconciliation(json, reconciliation);
        }
        json.writeEndArray();
        return ExitCode.DONE;
    }
}
