package dev.tally.app.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Revision;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one figure of a chart as the page's script reads it: where to draw it, how (its form), and
 * what to show on hover or focus. The dates that the date control compares are computed here, by
 * core's rule: an estimate is known from the last day of the period it was reported in
 * ({@code reported().end()}, when {@link dev.tally.core.analysis.Knowledge#isKnown} turns true),
 * possibly known from its first day, and superseded from the first date a known estimate revises it.
 */
final class FigureJson {

    private final Revisers revisers;

    FigureJson(Revisers revisers) {
        this.revisers = revisers;
    }

    void estimate(JsonGenerator json, Estimate e) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        source(json, Optional.of(e.source()));
        quantity(json, e.quantity());
        json.writeStringField("x", e.asOf().end().toString());
        json.writeStringField("period", e.asOf().toText());
        json.writeStringField("basis", e.basis().name().toLowerCase(Locale.ROOT));
        json.writeStringField("reported", e.reported().toText());
        json.writeStringField("knownFrom", e.reported().end().toString());
        json.writeStringField("possiblyFrom", e.reported().start().toString());
        optional(json, "supersededFrom", revisers.supersededFrom(e.id()).map(LocalDate::toString));
        json.writeBooleanField("derived", false);
        optional(json, "via", e.via());
        optional(json, "credibility", e.credibility().map(c -> c.grade() + " (" + c.description() + ")"));
        citation(json, e.citation());
        optional(json, "note", e.note());
        json.writeArrayFieldStart("revises");
        for (Revision revision : e.revises()) {
            json.writeStartObject();
            json.writeStringField("id", revision.target());
            json.writeStringField("kind", revision.kind().name().toLowerCase(Locale.ROOT));
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "revisedBy", revisers.of(e.id()));
        json.writeEndObject();
    }

    void derived(JsonGenerator json, Span<DerivedEstimate> span) throws IOException {
        DerivedEstimate d = span.item();
        json.writeStartObject();
        json.writeStringField("id", Chart.id(span));
        source(json, d.source());
        quantity(json, d.quantity());
        json.writeStringField("x", d.asOf().end().toString());
        json.writeStringField("period", d.asOf().toText());
        json.writeStringField("knownFrom", span.from().toString());
        json.writeStringField("possiblyFrom", span.from().toString());
        optional(json, "supersededFrom", span.until().map(LocalDate::toString));
        json.writeBooleanField("derived", true);
        json.writeStringField("rule", d.rule());
        strings(json, "inputs", d.inputs());
        json.writeEndObject();
    }

    /** The source's id: its name and reliability are in the page's list of sources, once. */
    private static void source(JsonGenerator json, Optional<String> id) throws IOException {
        json.writeStringField("source", id.orElse(null));
    }

    private static void quantity(JsonGenerator json, Quantity q) throws IOException {
        json.writeStringField("form", q.form().name().toLowerCase(Locale.ROOT));
        json.writeStringField("display", q.toDisplayText());
        json.writeNumberField("low", q.low());
        if (q.best().isPresent()) {
            json.writeNumberField("best", q.best().getAsLong());
        } else {
            json.writeNullField("best");
        }
        if (q.high().isPresent()) {
            json.writeNumberField("high", q.high().getAsLong());
        } else {
            json.writeNullField("high");
        }
    }

    private static void citation(JsonGenerator json, Optional<Citation> citation) throws IOException {
        optional(json, "title", citation.flatMap(Citation::title));
        optional(json, "publisher", citation.flatMap(Citation::publisher));
        optional(json, "url", citation.flatMap(Citation::url));
        optional(json, "quote", citation.flatMap(Citation::quote));
    }

    /** A text field, left out when there is no text: the page's script reads a missing field as none. */
    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        }
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
