package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.Marks;
import dev.tally.app.render.TimelineRenderer;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Timeline;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Subject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tally timeline [LEDGER] [--subject S] [--metric M]}: one series over time, with revisions
 * and a chart. Either option may be left out when only one choice is possible.
 */
@Command(name = "timeline", description = "Show every figure of one subject and metric in time order, the figures "
        + "derived for it, the revision chains and a text chart.")
final class TimelineCommand extends LedgerViewCommand {

    @Option(names = "--subject", paramLabel = "S",
            description = "The subject's id (default: the ledger's only subject).")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "The metric's id, name or synonym (KIA, WIA, "
            + "POW...) (default: the only metric the subject has figures of).")
    String metric;

    @Inject
    TimelineCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    Predicate<Estimate> shows(Ledger ledger) {
        Subject s = SubjectAndMetric.subject(spec.commandLine(), ledger, subject);
        Metric m = SubjectAndMetric.metric(spec.commandLine(), ledger, s, metric);
        return e -> e.subject().equals(s.id()) && e.metric().equals(m.id());
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        Subject s = SubjectAndMetric.subject(spec.commandLine(), knowledge.ledger(), subject);
        Metric m = SubjectAndMetric.metric(spec.commandLine(), knowledge.ledger(), s, metric);
        new TimelineRenderer(style(), Marks.of(knowledge)).render(heading, s.name(), m.name(), Timeline.of(knowledge, s.id(), m.id()))
                .forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        Subject s = SubjectAndMetric.subject(spec.commandLine(), knowledge.ledger(), subject);
        Metric m = SubjectAndMetric.metric(spec.commandLine(), knowledge.ledger(), s, metric);
        JsonViews.timelineFields(json, Timeline.of(knowledge, s.id(), m.id()));
        return ExitCode.DONE;
    }
}
