package dev.tally.core.table;

/** The columns of the Sources sheet, in the order the writer gives them. */
public enum SourceColumn implements Heading {
    /** The source's id. */
    ID(true, "Id", "Source id"),
    /** The source's name. */
    NAME(true, "Name", "Source", "Source name"),
    /** The kind of source. */
    KIND(false, "Kind", "Type"),
    /** The source's country, ISO 3166-1 alpha-2. */
    COUNTRY(false, "Country", "Country code"),
    /** The source's reliability, A to F. */
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
