package dev.tally.adapters.excel;

/** The columns of the Metrics sheet (metrics a ledger adds to the built-in ones), in the order the writer gives them. */
enum MetricColumn implements Heading {
    ID(true, "Id", "Metric id"),
    NAME(true, "Name", "Metric", "Metric name"),
    UNIT(false, "Unit"),
    PART_OF(false, "Part of"),
    CANNOT_EXCEED(false, "Cannot exceed"),
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
