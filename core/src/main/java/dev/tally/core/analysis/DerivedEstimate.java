package dev.tally.core.analysis;

import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure implied by reported ones, never stored as if reported: wounded = casualties − killed,
 * casualties = killed + wounded, total deployed = cumulative + later increments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  a stable id, {@code derived:<metric>:<id of the first input>}
 * @param subject  the subject id
 * @param metric  the derived metric's id
 * @param source  the source of every input, or empty when the inputs come from several sources
 * @param quantity  the derived figure, by exact interval arithmetic on the inputs
 * @param asOf  the period the figure refers to
 * @param rule  the derivation in words, such as "casualties − killed"
 * @param inputs  the ids of the estimates it is derived from
 */
public record DerivedEstimate(String id, String subject, String metric, Optional<String> source, Quantity quantity,
                              Period asOf, String rule, List<String> inputs) {

    /**
     * Checks the components and copies the inputs.
     *
     * @param id  a stable id, {@code derived:<metric>:<id of the first input>}
     * @param subject  the subject id
     * @param metric  the derived metric's id
     * @param source  the source of every input, or empty when the inputs come from several sources
     * @param quantity  the derived figure, by exact interval arithmetic on the inputs
     * @param asOf  the period the figure refers to
     * @param rule  the derivation in words, such as "casualties − killed"
     * @param inputs  the ids of the estimates it is derived from
     */
    public DerivedEstimate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rule, "rule");
        inputs = List.copyOf(inputs);
    }
}
