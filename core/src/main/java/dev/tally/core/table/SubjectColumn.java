package dev.tally.core.table;

/** The columns of the Subjects sheet, in the order the writer gives them. */
public enum SubjectColumn implements Heading {
    /** The subject's id. */
    ID(true, "Id", "Subject id"),
    /** The subject's name. */
    NAME(true, "Name", "Subject", "Subject name");

    private final Names names;

    SubjectColumn(boolean required, String... headers) {
        this.names = Names.of(required, headers);
    }

    @Override
    public Names names() {
        return names;
    }
}
