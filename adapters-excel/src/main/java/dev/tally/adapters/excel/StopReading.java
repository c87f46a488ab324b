package dev.tally.adapters.excel;

import dev.tally.core.spi.Problem;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * Stops the reading of a sheet's XML: either because enough has been read, or because the sheet
 * breaks a limit, in which case the problem says which.
 */
final class StopReading extends SAXException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Stops because enough has been read.
     */
    StopReading() {
        this(null);
    }

    /**
     * Stops because the sheet breaks a limit.
     *
     * @param problem  the problem, or null when enough has been read
     */
    StopReading(Problem problem) {
        super(problem == null ? "enough read" : problem.toString());
        this.problem = problem;
    }

    /**
     * The limit broken.
     *
     * @return the problem, or empty when enough has been read
     */
    Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
