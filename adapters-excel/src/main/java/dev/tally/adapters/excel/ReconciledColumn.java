package dev.tally.adapters.excel;

import dev.tally.core.table.Heading;

/** The columns of the Reconciled sheet, which is written and never read. */
enum ReconciledColumn implements Heading {
    SUBJECT("Subject"),
    METRIC("Metric"),
    LOW("Low"),
    BEST("Best"),
    HIGH("High"),
    SPREAD("Spread"),
    SOURCES("Sources"),
    ESTIMATES("Estimates");

    private final Names names;

    ReconciledColumn(String header) {
        this.names = Names.of(false, header);
    }

    @Override
    public Names names() {
        return names;
    }
}
