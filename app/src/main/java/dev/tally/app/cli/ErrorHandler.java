package dev.tally.app.cli;

import dev.tally.app.io.InvalidFileException;
import dev.tally.app.plugins.UnknownFormatException;
import dev.tally.core.model.InvalidLedgerException;
import dev.tally.core.model.InvalidTextException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into a message and an exit code: every problem of an invalid input at
 * its place (exit 3), an unknown format as a usage error (exit 2), and anything else as an internal
 * error in one line with a hint to rerun with {@code --debug} (exit 1). No stack trace reaches a user
 * unless asked for.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InvalidFileException) {
            InvalidFileException invalid = (InvalidFileException) e;
            err.printf("tally: %s %s (%d %s):%n", invalid.file(), invalid.verdict(), invalid.problems().size(),
                    invalid.problems().size() == 1 ? "problem" : "problems");
            invalid.problems().forEach(p -> err.printf("  %s%n", p));
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof InvalidLedgerException || e instanceof InvalidTextException) {
            err.printf("tally: %s%n", e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof UnknownFormatException) {
            err.printf("tally: %s%n", e.getMessage());
            return ExitCode.USAGE;
        }
        if (isDebug(parseResult)) {
            e.printStackTrace(err);
        }
        err.printf("tally: internal error: %s%n", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        err.println("  (rerun with --debug for the stack trace)");
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean isDebug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
