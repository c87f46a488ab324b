package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.HistoryRenderer;
import dev.tally.app.render.JsonViews;
import dev.tally.core.analysis.History;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code tally history [LEDGER] ID}: the chain of revisions around one estimate, both ways. */
@Command(name = "history", description = "Show the revisions around one estimate: what it revises and what "
        + "revises it, directly or not, with the kind of each link.")
final class HistoryCommand extends ViewCommand {

    @Parameters(arity = "1..2", paramLabel = "[LEDGER] ID",
            description = "The ledger file (default: the bundled sample ledger), then the estimate's id.")
    List<String> arguments;

    @Inject
    HistoryCommand(LedgerFiles files) {
        super(files);
    }

    @Override
    Optional<Path> ledgerFile() {
        return arguments.size() == 2 ? Optional.of(Path.of(arguments.get(0))) : Optional.empty();
    }

    /** The estimates of the subject of the estimate whose history is shown: those its chains can hold. */
    @Override
    Predicate<Estimate> shows(Ledger ledger) {
        Optional<String> subject = ledger.estimate(arguments.get(arguments.size() - 1)).map(Estimate::subject);
        return e -> subject.filter(e.subject()::equals).isPresent();
    }

    private History history(Knowledge knowledge) {
        String id = arguments.get(arguments.size() - 1);
        return History.of(knowledge, id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no estimate \"" + id + "\" " + (asKnownAt == null ? "in the ledger" : "was known at " + asKnownAt)));
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        new HistoryRenderer(style()).render(heading, history(knowledge)).forEach(out::println);
        return ExitCode.DONE;
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        JsonViews.historyFields(json, history(knowledge));
        return ExitCode.DONE;
    }
}
