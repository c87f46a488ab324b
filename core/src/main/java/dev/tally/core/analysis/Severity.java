package dev.tally.core.analysis;

/** How serious a {@link Finding} is. */
public enum Severity {
    /** The figures cannot all be true: {@code tally check} exits with 4. */
    ERROR,
    /** Suspicious but possible: worth a look. */
    WARNING
}
