package dev.tally.adapters.excel;

import dev.tally.core.table.Heading;

/** The columns of the Checks sheet, which is written and never read. */
enum CheckColumn implements Heading {
    RULE("Rule"),
    SEVERITY("Severity"),
    MESSAGE("Message"),
    ESTIMATES("Estimates");

    private final Names names;

    CheckColumn(String header) {
        this.names = Names.of(false, header);
    }

    @Override
    public Names names() {
        return names;
    }
}
