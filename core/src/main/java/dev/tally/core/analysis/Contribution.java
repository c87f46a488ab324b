package dev.tally.core.analysis;

import dev.tally.core.model.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * One source's figure in a {@link Reconciliation}: its latest cumulative estimate with any later
 * increments summed on, and the weight its reliability gives it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source  the id of the source of the cumulative figure (or of the increments, if there is none)
 * @param figure  the figure, increments included
 * @param estimates  the ids of the estimates summed into the figure, the cumulative one first
 * @param weight  the weight of the source's reliability grade (0.5 when ungraded)
 */
public record Contribution(String source, Quantity figure, List<String> estimates, double weight) {

    /**
     * Checks the components and copies the ids.
     *
     * @param source  the id of the source of the cumulative figure (or of the increments, if there is none)
     * @param figure  the figure, increments included
     * @param estimates  the ids of the estimates summed into the figure, the cumulative one first
     * @param weight  the weight of the source's reliability grade (0.5 when ungraded)
     */
    public Contribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(figure, "figure");
        estimates = List.copyOf(estimates);
    }
}
