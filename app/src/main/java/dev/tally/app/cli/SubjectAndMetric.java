package dev.tally.app.cli;

import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Subject;
import picocli.CommandLine.ParameterException;

/** Resolves {@code --subject} and {@code --metric} against a ledger, with a usage error naming the choices. */
final class SubjectAndMetric {

    private SubjectAndMetric() {
    }

    static Subject subject(ViewCommand command, Ledger ledger, String id) {
        return ledger.subject(id).orElseThrow(() -> new ParameterException(command.spec.commandLine(),
                "no subject \"" + id + "\" in the ledger; subjects: "
                        + String.join(", ", ledger.subjects().stream().map(Subject::id).toList())));
    }

    static Metric metric(ViewCommand command, Ledger ledger, String text) {
        return ledger.findMetric(text).orElseThrow(() -> new ParameterException(command.spec.commandLine(),
                "no metric \"" + text + "\" in the ledger; metrics: "
                        + String.join(", ", ledger.metrics().stream().map(Metric::id).toList())));
    }
}
