package dev.tally.adapters.excel;

/** The columns of the Sources sheet, in the order the writer gives them. */
enum SourceColumn implements Heading {
    ID(true, "Id", "Source id"),
    NAME(true, "Name", "Source", "Source name"),
    KIND(false, "Kind", "Type"),
    COUNTRY(false, "Country", "Country code"),
    RELIABILITY(false, "Reliability", "Grade");

    private final Names names;

    SourceColumn(boolean required, String... headers) {
        this.names = Names.of(required, headers);
    }

    @Override
    public Names names() {
        return names;
    }
}
