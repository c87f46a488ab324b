package dev.tally.adapters.excel;

import java.util.List;

/** The columns of the Estimates sheet, in the order the writer gives them. */
enum EstimateColumn implements Heading {
    ID(false, List.of("Id", "Identifier", "Estimate id"), List.of("#meta+id")),
    SOURCE(true, List.of("Source", "Reported by", "Claimed by", "Source id"), List.of("#meta+source", "#org")),
    SUBJECT(false, List.of("Subject", "About", "Subject id"), List.of("#meta+subject")),
    METRIC(true, List.of("Metric", "Measure", "Type", "Category"), List.of("#meta+metric", "#indicator+name")),
    FIGURE(true, List.of("Figure", "Value", "Estimate", "Count", "Number", "Quantity"),
            List.of("#affected", "#value", "#population", "#indicator+num", "#indicator+value")),
    LOW(false, List.of("Low"), List.of("#meta+low")),
    BEST(false, List.of("Best"), List.of("#meta+best")),
    HIGH(false, List.of("High"), List.of("#meta+high")),
    AS_OF(true, List.of("As of", "Date", "Period", "As at"), List.of("#date+asof", "#date+period", "#date")),
    BASIS(false, List.of("Basis"), List.of("#meta+basis")),
    REPORTED(false, List.of("Reported", "Published", "Reported on", "Date reported"),
            List.of("#date+reported", "#date+published")),
    VIA(false, List.of("Via", "Relayed by"), List.of("#meta+via")),
    CREDIBILITY(false, List.of("Credibility"), List.of("#meta+credibility")),
    TITLE(false, List.of("Citation title", "Title"), List.of("#meta+title")),
    PUBLISHER(false, List.of("Publisher"), List.of("#meta+publisher")),
    URL(false, List.of("URL", "Citation", "Link", "Reference"), List.of("#meta+url")),
    QUOTE(false, List.of("Quote"), List.of("#meta+quote")),
    NOTE(false, List.of("Note", "Notes", "Comment", "Comments"), List.of("#meta+note", "#description")),
    REVISES(false, List.of("Revises", "Supersedes"), List.of("#meta+revises"));

    private final Names names;

    EstimateColumn(boolean required, List<String> headers, List<String> tags) {
        this.names = new Names(required, headers, tags);
    }

    @Override
    public Names names() {
        return names;
    }
}
