package dev.tally.app.cli;

/** The exit codes of the {@code tally} command: those DESIGN.md fixes, and one for a heap too small. */
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
    /** The Java heap was too small for the work; the same command with more heap may succeed. */
    public static final int OUT_OF_MEMORY = 5;

    private ExitCode() {
    }
}
