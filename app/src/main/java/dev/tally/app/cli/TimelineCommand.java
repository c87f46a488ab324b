package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.TimelineRenderer;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Timeline;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Subject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally timeline [LEDGER] --subject S --metric M}: one series over time, with revisions and a chart. */
@Command(name = "timeline", description = "Show every figure of one subject and metric in time order, the figures "
        + "derived for it, the revision chains and a text chart.")
final class TimelineCommand extends LedgerViewCommand {

    @Option(names = "--subject", required = true, paramLabel = "S", description = "The subject's id.")
    String subject;

    @Option(names = "--metric", required = true, paramLabel = "M",
            description = "The metric's id, name or synonym (KIA, WIA, POW...).")
    String metric;

    @Inject
    TimelineCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    int text(Knowledge knowledge, String title, PrintWriter out) {
        Subject s = SubjectAndMetric.subject(this, knowledge.ledger(), subject);
        Metric m = SubjectAndMetric.metric(this, knowledge.ledger(), metric);
        new TimelineRenderer(style()).render(title, s.name(), m.name(), Timeline.of(knowledge, s.id(), m.id()))
                .forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        Subject s = SubjectAndMetric.subject(this, knowledge.ledger(), subject);
        Metric m = SubjectAndMetric.metric(this, knowledge.ledger(), metric);
        JsonViews.timelineFields(json, Timeline.of(knowledge, s.id(), m.id()));
        return ExitCode.DONE;
    }
}
