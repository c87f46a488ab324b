package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Revision;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.Problem;
import dev.tally.core.spi.UnwritableLedgerException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes ledger records as JSON objects, in the fixed key order of the format; both formats use it.
 *
 * <p>Optional fields are left out when empty, and so is {@code basis} when it is
 * {@code cumulative}, the default.
 */
final class RecordWriter {

    private final JsonGenerator json;
    private final List<Problem> tooLong = new ArrayList<>();
    /** The id of the estimate being written, for the problems of its texts; null before the first. */
    private String estimateId;

    RecordWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Writes {@code format}, {@code version}, {@code sources}, {@code subjects} and {@code metrics} into the open object. */
    void header(Ledger ledger) throws IOException {
        json.writeStringField("format", JsonSettings.FORMAT);
        json.writeNumberField("version", JsonSettings.version(ledger));
        json.writeArrayFieldStart("sources");
        for (Source source : ledger.sources()) {
            source(source);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("subjects");
        for (Subject subject : ledger.subjects()) {
            json.writeStartObject();
            json.writeStringField("id", subject.id());
            text("name", subject.name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("metrics");
        for (Metric metric : ledger.metrics()) {
            metric(metric);
        }
        json.writeEndArray();
    }

    private void source(Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        text("name", source.name());
        json.writeStringField("kind", source.kind().toText());
        optional("country", source.country());
        optional("reliability", source.reliability().map(Enum::name));
        json.writeEndObject();
    }

    private void metric(Metric metric) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", metric.id());
        text("name", metric.name());
        text("unit", metric.unit());
        optional("partOf", metric.partOf());
        optional("cannotExceed", metric.cannotExceed());
        if (!metric.synonyms().isEmpty()) {
            json.writeArrayFieldStart("synonyms");
            for (String synonym : metric.synonyms()) {
                json.writeString(synonym);
                check(synonym);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Writes one estimate as a whole object. */
    void estimate(Estimate estimate) throws IOException {
        estimateId = estimate.id();
        json.writeStartObject();
        json.writeStringField("id", estimate.id());
        json.writeStringField("source", estimate.source());
        json.writeStringField("subject", estimate.subject());
        json.writeStringField("metric", estimate.metric());
        json.writeStringField("quantity", estimate.quantity().toText());
        json.writeStringField("asOf", estimate.asOf().toText());
        if (estimate.basis() != Basis.CUMULATIVE) {
            json.writeStringField("basis", estimate.basis().toText());
        }
        json.writeStringField("reported", estimate.reported().toText());
        optional("via", estimate.via());
        if (estimate.credibility().isPresent()) {
            json.writeNumberField("credibility", estimate.credibility().get().grade());
        }
        if (estimate.citation().isPresent()) {
            citation(estimate.citation().get());
        }
        optional("note", estimate.note());
        revisions(estimate.revises());
        json.writeEndObject();
    }

    private void citation(Citation citation) throws IOException {
        json.writeObjectFieldStart("citation");
        optional("title", citation.title());
        optional("publisher", citation.publisher());
        optional("url", citation.url());
        optional("quote", citation.quote());
        json.writeEndObject();
    }

    private void revisions(List<Revision> revisions) throws IOException {
        if (revisions.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("revises");
        for (Revision revision : revisions) {
            json.writeStartObject();
            json.writeStringField("id", revision.target());
            json.writeStringField("kind", revision.kind().toText());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void optional(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            text(name, value.get());
        }
    }

    /** Writes a field of free text, checking its length: see {@link #check(String)}. */
    private void text(String name, String value) throws IOException {
        json.writeStringField(name, value);
        check(value);
    }

    /**
     * Keeps a text just written that is longer than the readers read as a problem, at its pointer:
     * the output is then no ledger, and {@link #refuseTooLong()} says so.
     */
    private void check(String value) {
        if (value.length() > JsonSettings.MAX_STRING) {
            tooLong.add(new Problem(new Location.Whole(), json.getOutputContext().pathAsPointer()
                    + (estimateId == null ? "" : " (estimate " + estimateId + ")") + " holds "
                    + String.format(Locale.ENGLISH, "%,d characters, more than a JSON ledger's reader reads (%,d); ",
                            value.length(), JsonSettings.MAX_STRING) + "shorten it"));
        }
    }

    /**
     * Refuses the ledger if a text was longer than the readers read.
     *
     * @throws UnwritableLedgerException listing every such text
     */
    void refuseTooLong() {
        if (!tooLong.isEmpty()) {
            throw new UnwritableLedgerException(tooLong);
        }
    }
}
