package dev.tally.core.table;

import java.util.List;

/** The columns of the Estimates sheet, in the order the writer gives them. */
public enum EstimateColumn implements Heading {
    /** The estimate's id; generated from what the row claims when empty. */
    ID(false, List.of("Id", "Identifier", "Estimate id"), List.of("#meta+id")),
    /** Who makes the claim: a source's id or name. */
    SOURCE(true, List.of("Source", "Reported by", "Claimed by", "Source id"), List.of("#meta+source", "#org")),
    /** What is counted: a subject's id or name. */
    SUBJECT(false, List.of("Subject", "About", "Subject id"), List.of("#meta+subject")),
    /** The kind of figure, by id, name or synonym. */
    METRIC(true, List.of("Metric", "Measure", "Type", "Category"), List.of("#meta+metric", "#indicator+name")),
    /** The figure as stated, such as {@code about 4,700}. */
    FIGURE(true, List.of("Figure", "Value", "Estimate", "Count", "Number", "Quantity"),
            List.of("#affected", "#value", "#population", "#indicator+num", "#indicator+value")),
    /** The figure's low, as a number. */
    LOW(false, List.of("Low"), List.of("#meta+low")),
    /** The figure's best value, as a number. */
    BEST(false, List.of("Best"), List.of("#meta+best")),
    /** The figure's high, as a number. */
    HIGH(false, List.of("High"), List.of("#meta+high")),
    /** The period the figure is about. */
    AS_OF(true, List.of("As of", "Date", "Period", "As at"), List.of("#date+asof", "#date+period", "#date")),
    /** Whether the figure is cumulative, an increment or a snapshot. */
    BASIS(false, List.of("Basis"), List.of("#meta+basis")),
    /** When the figure was reported. */
    REPORTED(false, List.of("Reported", "Published", "Reported on", "Date reported"),
            List.of("#date+reported", "#date+published")),
    /** Who relayed the claim. */
    VIA(false, List.of("Via", "Relayed by"), List.of("#meta+via")),
    /** How credible the claim is, 1 to 6. */
    CREDIBILITY(false, List.of("Credibility"), List.of("#meta+credibility")),
    /** The title of the cited document. */
    TITLE(false, List.of("Citation title", "Title"), List.of("#meta+title")),
    /** Who published the cited document. */
    PUBLISHER(false, List.of("Publisher"), List.of("#meta+publisher")),
    /** The cited document's web address. */
    URL(false, List.of("URL", "Citation", "Link", "Reference"), List.of("#meta+url")),
    /** The words quoted from the cited document. */
    QUOTE(false, List.of("Quote"), List.of("#meta+quote")),
    /** The analyst's note. */
    NOTE(false, List.of("Note", "Notes", "Comment", "Comments"), List.of("#meta+note", "#description")),
    /** The estimates this one revises: {@code id; id:correction}. */
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
