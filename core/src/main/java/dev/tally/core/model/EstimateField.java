package dev.tally.core.model;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an {@link Estimate} but its id, labelled as the columns of a workbook's Estimates
 * sheet. A diff compares estimates field by field, and a reader can tell where each field of an
 * estimate was written (see {@link dev.tally.core.spi.EstimatePlaces}).
 *
 * <p>Two estimates with the same id are equal exactly when every field has the same value.
 */
public enum EstimateField implements RecordField<Estimate> {
    /** The source's id. */
    SOURCE("Source", false, Estimate::source),
    /** The subject's id. */
    SUBJECT("Subject", false, Estimate::subject),
    /** The metric's id. */
    METRIC("Metric", false, Estimate::metric),
    /** The figure, in its canonical text ({@code ~4700}). */
    FIGURE("Figure", false, e -> e.quantity().toText()),
    /** The period the figure refers to. */
    AS_OF("As of", false, e -> e.asOf().toText()),
    /** Whether the figure is cumulative or counts its period only. */
    BASIS("Basis", false, e -> e.basis().toText()),
    /** When the figure became public. */
    REPORTED("Reported", false, e -> e.reported().toText()),
    /** Who relayed the claim. */
    VIA("Via", true, e -> text(e.via())),
    /** The Admiralty grade of the claim, 1 to 6. */
    CREDIBILITY("Credibility", false, e -> e.credibility().map(c -> Integer.toString(c.grade())).orElse("")),
    /** The citation's title. */
    TITLE("Citation title", true, e -> text(e.citation().flatMap(Citation::title))),
    /** The citation's publisher. */
    PUBLISHER("Publisher", true, e -> text(e.citation().flatMap(Citation::publisher))),
    /** The citation's URL. */
    URL("URL", false, e -> text(e.citation().flatMap(Citation::url))),
    /** The quoted words. */
    QUOTE("Quote", true, e -> text(e.citation().flatMap(Citation::quote))),
    /** The note. */
    NOTE("Note", true, e -> text(e.note())),
    /** The revised estimates, each as {@code id:kind}, separated by {@code "; "}. */
    REVISES("Revises", false, e -> e.revises().stream().map(r -> r.target() + ":" + r.kind().toText())
            .collect(Collectors.joining("; ")));

    private final String label;
    private final boolean text;
    private final Function<Estimate, String> value;

    EstimateField(String label, boolean text, Function<Estimate, String> value) {
        this.label = label;
        this.text = text;
        this.value = value;
    }

    static String text(Optional<String> value) {
        return value.orElse("");
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean isText() {
        return text;
    }

    @Override
    public String valueOf(Estimate estimate) {
        return value.apply(estimate);
    }
}
