package dev.tally.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.render.CheckRenderer;
import dev.tally.app.render.JsonViews;
import dev.tally.core.analysis.Checks;
import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Knowledge;
import dev.tally.core.analysis.Severity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally check [LEDGER]}: finds figures that cannot all be true; exits 4 when it finds an error. */
@Command(name = "check", description = "Find figures that cannot all be true (errors: exit code 4) or that deserve "
        + "a second look (warnings).")
final class CheckCommand extends LedgerViewCommand {

    @Option(names = "--widest-range", paramLabel = "RATIO", defaultValue = "3",
            description = "Warn about a range whose high is more than RATIO times its low (default: ${DEFAULT-VALUE}).")
    double widestRange;

    @Inject
    CheckCommand(LedgerFiles files) {
        super(files);
    }

    private List<Finding> findings(Knowledge knowledge) {
        return Checks.standard().withWidestRange(widestRange).run(knowledge);
    }

    private static int exitCode(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? ExitCode.CHECKS_FAILED : ExitCode.DONE;
    }

    @Override
    int text(Knowledge knowledge, List<String> heading, PrintWriter out) {
        List<Finding> findings = findings(knowledge);
        new CheckRenderer(style()).render(heading, findings).forEach(out::println);
        return exitCode(findings);
    }

    @Override
    int json(Knowledge knowledge, JsonGenerator json) throws IOException {
        List<Finding> findings = findings(knowledge);
        json.writeArrayFieldStart("findings");
        for (Finding finding : findings) {
            JsonViews.finding(json, finding);
        }
        json.writeEndArray();
        return exitCode(findings);
    }
}
