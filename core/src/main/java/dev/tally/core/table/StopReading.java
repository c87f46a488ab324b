package dev.tally.core.table;

import dev.tally.core.spi.Problem;
import java.util.Optional;

/**
 * Stops the reading of a table: either because enough has been read, or because the table breaks
 * a limit, in which case the problem says which.
 */
public final class StopReading extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** Stops because enough has been read. */
    public StopReading() {
        this(null);
    }

    /**
     * Stops because the table breaks a limit.
     *
     * @param problem  the problem, or null when enough has been read
     */
    public StopReading(Problem problem) {
        super(problem == null ? "enough read" : problem.toString(), null, false, false);
        this.problem = problem;
    }

    /**
     * The limit broken.
     *
     * @return the problem, or empty when enough has been read
     */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
