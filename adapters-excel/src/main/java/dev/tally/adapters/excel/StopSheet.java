package dev.tally.adapters.excel;

import dev.tally.core.spi.Problem;
import dev.tally.core.table.StopReading;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * Stops the SAX reading of a sheet's XML, carrying the table reading's {@link StopReading} through
 * the parser: either enough has been read, or the sheet breaks a limit and the problem says which.
 */
final class StopSheet extends SAXException {

    private static final long serialVersionUID = 1L;

    private final transient StopReading stop;

    /** Stops because the sheet breaks a limit. */
    StopSheet(Problem problem) {
        this(new StopReading(problem));
    }

    /** Stops as the rows' sink asked. */
    StopSheet(StopReading stop) {
        super(stop.getMessage());
        this.stop = stop;
    }

    /** The limit broken, or empty when enough has been read. */
    Optional<Problem> problem() {
        return stop.problem();
    }
}
