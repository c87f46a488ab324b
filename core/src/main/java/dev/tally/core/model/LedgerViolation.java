package dev.tally.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One reason a ledger was refused: which rule, which record, which ids.
 *
 * <p>{@code part} and {@code index} place the offending record in the order it was added to the
 * {@link Ledger.Builder}, so that a reader can point at its row or JSON element.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule broken
 * @param part  the kind of record at fault
 * @param index  the record's position among the records of its kind added to the builder (0-based)
 * @param ids  the ids involved, the faulty record's first
 * @param message  what is wrong, naming the ids
 */
public record LedgerViolation(Rule rule, Part part, int index, List<String> ids, String message) {

    /** The rules a ledger keeps at every step. */
    public enum Rule {
        /** Two records of one kind share an id. */
        DUPLICATE_ID,
        /** An estimate names a source the ledger does not hold. */
        UNKNOWN_SOURCE,
        /** An estimate names a subject the ledger does not hold. */
        UNKNOWN_SUBJECT,
        /** An estimate or metric names a metric the ledger does not hold. */
        UNKNOWN_METRIC,
        /** An estimate revises an estimate the ledger does not hold. */
        UNKNOWN_REVISED_ESTIMATE,
        /** Estimates revise each other in a circle. */
        REVISION_CYCLE,
        /** An estimate revises an estimate about another subject. */
        REVISION_ACROSS_SUBJECTS,
        /** An estimate revises an estimate whose metric is neither its own nor one of its parts. */
        REVISION_ACROSS_METRICS,
        /** Metrics are parts of each other in a circle. */
        METRIC_CYCLE
    }

    /** The kinds of record in a ledger. */
    public enum Part {
        /** A {@link Source}. */
        SOURCE,
        /** A {@link Subject}. */
        SUBJECT,
        /** A {@link Metric}. */
        METRIC,
        /** An {@link Estimate}. */
        ESTIMATE
    }

    /**
     * Checks every component and copies the ids.
     *
     * @param rule  the rule broken
     * @param part  the kind of record at fault
     * @param index  the record's position among the records of its kind added to the builder (0-based)
     * @param ids  the ids involved, the faulty record's first
     * @param message  what is wrong, naming the ids
     * @throws IllegalArgumentException if the index is negative
     */
    public LedgerViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(part, "part");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        ids = List.copyOf(ids);
        Objects.requireNonNull(message, "message");
    }

    /**
     * The message, as shown to people.
     *
     * @return the message, never null
     */
    @Override
    public String toString() {
        return message;
    }
}
