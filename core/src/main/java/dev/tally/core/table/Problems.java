package dev.tally.core.table;

import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import, in the order they are found, keeping the first
 * {@link TableLimits#MAX_PROBLEMS} and counting the rest. Not thread-safe.
 */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private long dropped;

    /** Adds a problem at a place. */
    void add(Location location, String message) {
        add(new Problem(location, message));
    }

    /** Adds a problem. */
    void add(Problem problem) {
        if (problems.size() < TableLimits.MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            dropped++;
        }
    }

    /** Throws every problem found as one exception; does nothing if there is none. */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new Problem(new Location.Whole(), "and " + TableLimits.format(dropped) + " more problems not listed; "
                    + "fix the ones above and import again"));
        }
        throw new InvalidInputException(all);
    }
}
