package dev.tally.core.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One thing a check found: the rule, how serious, what, and the estimates involved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule's stable id, such as {@code part-exceeds-whole}
 * @param severity  how serious it is
 * @param message  what was found, naming the estimates
 * @param estimates  the ids of the estimates involved
 */
public record Finding(String rule, Severity severity, String message, List<String> estimates) {

    /**
     * Checks the components and copies the ids.
     *
     * @param rule  the rule's stable id, such as {@code part-exceeds-whole}
     * @param severity  how serious it is
     * @param message  what was found, naming the estimates
     * @param estimates  the ids of the estimates involved
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        estimates = List.copyOf(estimates);
    }
}
