package dev.tally.app.cli;

/** The exit codes of the {@code tally} command, as DESIGN.md fixes them. */
public final class ExitCode {

    /** The command did its job. */
    public static final int DONE = 0;
    /** Something went wrong inside Tally. */
    public static final int INTERNAL_ERROR = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input file was not a valid ledger, or could not be merged. */
    public static final int INVALID_INPUT = 3;
    /** {@code tally check} found problems in the ledger. */
    public static final int CHECKS_FAILED = 4;

    private ExitCode() {
    }
}
