package dev.tally.core.table;

/** The columns of the Metrics sheet (metrics a ledger adds to the built-in ones), in the order the writer gives them. */
public enum MetricColumn implements Heading {
    /** The metric's id. */
    ID(true, "Id", "Metric id"),
    /** The metric's name. */
    NAME(true, "Name", "Metric", "Metric name"),
    /** What the metric counts, such as people. */
    UNIT(false, "Unit"),
    /** The metric it is part of. */
    PART_OF(false, "Part of"),
    /** The metric it cannot exceed. */
    CANNOT_EXCEED(false, "Cannot exceed"),
    /** Other names of the metric. */
    SYNONYMS(false, "Synonyms");

    private final Names names;

    MetricColumn(boolean required, String... headers) {
        this.names = Names.of(required, headers);
    }

    @Override
    public Names names() {
        return names;
    }
}
