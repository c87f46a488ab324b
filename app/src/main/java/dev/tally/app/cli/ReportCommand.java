package dev.tally.app.cli;

import dev.tally.app.io.AtomicFiles;
import dev.tally.app.io.LedgerFiles;
import dev.tally.app.io.Progress;
import dev.tally.app.report.ReportScope;
import dev.tally.app.report.ReportWriter;
import dev.tally.core.model.Ledger;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tally report [LEDGER] --to FILE}: the ledger as one self-contained HTML page, with a chart
 * per subject and metric and a date control that replays what was known when (docs/report.md).
 */
@Command(name = "report", description = "Write the ledger (default: the sample ledger) as one self-contained HTML page: "
        + "a chart per subject and metric, reconciled figures, checks, sources, and a date control that replays "
        + "what was known when.")
final class ReportCommand implements Callable<Integer> {

    private final LedgerFiles files;

    @Mixin
    LedgerInput input = new LedgerInput();

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The page to write (.html); replaced atomically.")
    Path target;

    @Option(names = "--as-known-at", paramLabel = "DATE", converter = ViewCommand.KnownAtConverter.class,
            description = "Replay only up to this date: the page holds the figures reported by then and opens at it. "
                    + "A month or year means its last day (default: everything).")
    LocalDate asKnownAt;

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (default: every subject).")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric: id, name or synonym (default: every metric).")
    String metric;

    @Spec
    CommandSpec spec;

    @Inject
    ReportCommand(LedgerFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        try (Progress progress = Progress.of("Writing the report " + target)) {
            Ledger read = files.readOrSample(input.file(), input.format());
            Optional<String> subjectId = Optional.ofNullable(subject)
                    .map(text -> SubjectAndMetric.subject(spec.commandLine(), read, text).id());
            Optional<String> metricId = Optional.ofNullable(metric)
                    .map(text -> SubjectAndMetric.metric(spec.commandLine(), read, text).id());
            String title = input.file().map(Path::toString).orElse("Sample ledger: North Korean forces in Russia, spring 2025");
            ReportWriter writer = new ReportWriter(new ReportScope(title, Optional.ofNullable(asKnownAt), subjectId, metricId));
            AtomicFiles.write(target, output -> writer.write(read, output));
            progress.close();
            spec.commandLine().getOut().printf("Wrote the report of %d estimates to %s%n", read.estimates().size(), target);
            return ExitCode.DONE;
        }
    }
}
