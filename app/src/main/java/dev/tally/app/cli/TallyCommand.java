package dev.tally.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code tally}: the top command; with no subcommand it summarises the bundled sample ledger. Its
 * subcommands are those of {@link Subcommands}, added as a run needs them.
 */
@Command(name = "tally", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keep a ledger of sourced, revisable estimates: who claimed which figure, about what, "
                + "as of when, and how it was later revised.%nWith no command, summarises the bundled sample ledger.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:internal error", "2:usage error", "3:invalid input", "4:checks found problems", "5:not enough memory"})
public final class TallyCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an internal error.")
    boolean debug;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return spec.commandLine().getSubcommands().get("summary").execute();
    }
}
