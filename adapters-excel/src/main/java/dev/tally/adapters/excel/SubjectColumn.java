package dev.tally.adapters.excel;

/** The columns of the Subjects sheet, in the order the writer gives them. */
enum SubjectColumn implements Heading {
    ID(true, "Id", "Subject id"),
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
