package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.RollupRenderer;
import dev.tally.core.analysis.BucketSize;
import dev.tally.core.analysis.BucketTotal;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Rollup;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tally rollup [LEDGER] [--by month|week|quarter|year] [--subject S] [--metric M] [--source X]}:
 * each source's totals per calendar bucket, by the rules of {@link Rollup}.
 */
@Command(name = "rollup", description = "Sum each source's figures per subject and metric in calendar buckets "
        + "(ISO weeks, months, quarters or years): increments summed, a running total by its change, low, best "
        + "and high each summed. An increment spanning buckets counts whole in the bucket its period ends in.")
final class RollupCommand extends LedgerViewCommand {

    @Option(names = "--by", paramLabel = "BUCKET", converter = BucketSizeConverter.class, defaultValue = "month",
            description = "The calendar bucket: week (ISO), month, quarter or year (default: ${DEFAULT-VALUE}).")
    BucketSize by;

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (default: every subject).")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric: id, name or synonym (default: every metric).")
    String metric;

    @Option(names = "--source", paramLabel = "X", description = "Only this source's id (default: every source).")
    String source;

    @Inject
    RollupCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    Predicate<Estimate> shows(Ledger ledger) {
        BiPredicate<String, String> selected = SubjectAndMetric.selected(spec.commandLine(), ledger, subject, metric);
        Predicate<String> sources = SubjectAndMetric.selectedSource(spec.commandLine(), ledger, source);
        return e -> selected.test(e.subject(), e.metric()) && sources.test(e.source());
    }

    private List<BucketTotal> totals(Knowledge knowledge) {
        BiPredicate<String, String> selected = SubjectAndMetric.selected(spec.commandLine(), knowledge.ledger(), subject,
                metric);
        Predicate<String> sources = SubjectAndMetric.selectedSource(spec.commandLine(), knowledge.ledger(), source);
        return Rollup.of(knowledge, by).totals().stream()
                .filter(t -> selected.test(t.subject(), t.metric()) && sources.test(t.source())).toList();
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        new RollupRenderer(style()).render(heading, totals(knowledge)).forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        json.writeStringField("by", by.toText());
        json.writeArrayFieldStart("totals");
        for (BucketTotal total : totals(knowledge)) {
            JsonViews.bucketTotal(json, total);
        }
        json.writeEndArray();
        return ExitCode.DONE;
    }

    /** Reads {@code --by}: week, month, quarter or year. */
    static final class BucketSizeConverter implements CommandLine.ITypeConverter<BucketSize> {
        @Override
        public BucketSize convert(String value) {
            try {
                return BucketSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
