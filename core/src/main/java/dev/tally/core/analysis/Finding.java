package dev.tally.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One thing a check found: the rule, how serious, what, and the estimates involved. The checks
 * write the message on first use: a large ledger has tens of thousands of findings, which a caller
 * may count or filter without reading them all. Equal when rule, severity, message and estimates are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

    private final String rule;
    private final Severity severity;
    private final List<String> estimates;
    private final Supplier<String> writer;
    private volatile String message;

    /**
     * Checks the components and copies the ids.
     *
     * @param rule  the rule's stable id, such as {@code part-exceeds-whole}
     * @param severity  how serious it is
     * @param message  what was found, naming the estimates
     * @param estimates  the ids of the estimates involved
     */
    public Finding(String rule, Severity severity, String message, List<String> estimates) {
        this(rule, severity, estimates, () -> message);
        this.message = Objects.requireNonNull(message, "message");
    }

    /** A finding whose message is written on first use. */
    Finding(String rule, Severity severity, List<String> estimates, Supplier<String> writer) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.estimates = List.copyOf(estimates);
        this.writer = writer;
    }

    /**
     * The rule's stable id.
     *
     * @return the rule, such as {@code part-exceeds-whole}, never null
     */
    public String rule() {
        return rule;
    }

    /**
     * How serious it is.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * What was found, naming the estimates.
     *
     * @return the message, never null
     */
    public String message() {
        String text = message;
        if (text == null) {
            text = Objects.requireNonNull(writer.get(), "message");
            message = text;
        }
        return text;
    }

    /**
     * The ids of the estimates involved.
     *
     * @return the ids, never null, unmodifiable
     */
    public List<String> estimates() {
        return estimates;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && rule.equals(that.rule) && severity == that.severity
                && estimates.equals(that.estimates) && message().equals(that.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, message(), estimates);
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", severity=" + severity + ", message=" + message() + ", estimates="
                + estimates + "]";
    }
}
