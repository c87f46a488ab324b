package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.JsonViews;
import dev.tally.app.render.SummaryRenderer;
import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.analysis.Derivations;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Iterator;
import picocli.CommandLine.Command;

/** {@code tally summary [LEDGER]}: the sources and every estimate, grouped by subject and metric. */
@Command(name = "summary", description = "Summarise a ledger: its sources, then its estimates by subject and metric, "
        + "with the revisions and the figures derived from them.")
final class SummaryCommand extends LedgerViewCommand {

    @Inject
    SummaryCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        new SummaryRenderer(style()).render(heading, knowledge).forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("sources");
        for (Source source : knowledge.ledger().sources()) {
            JsonViews.source(json, source);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("subjects");
        for (Subject subject : knowledge.ledger().subjects()) {
            JsonViews.subject(json, subject);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("estimates");
        for (Iterator<Estimate> known = knowledge.known().iterator(); known.hasNext();) {
            JsonViews.estimate(json, known.next());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("derived");
        for (DerivedEstimate derived : Derivations.of(knowledge)) {
            JsonViews.derived(json, derived);
        }
        json.writeEndArray();
        return ExitCode.DONE;
    }
}
