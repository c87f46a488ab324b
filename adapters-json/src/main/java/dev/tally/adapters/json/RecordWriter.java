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
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes ledger records as JSON objects, in the fixed key order of the format; both formats use it.
 *
 * <p>Optional fields are left out when empty, and so is {@code basis} when it is
 * {@code cumulative}, the default.
 */
final class RecordWriter {

    private final JsonGenerator json;

    RecordWriter(JsonGenerator json) {
        this.json = json;
    }

    /** Writes {@code format}, {@code version}, {@code sources}, {@code subjects} and {@code metrics} into the open object. */
    void header(Ledger ledger) throws IOException {
        json.writeStringField("format", JsonSettings.FORMAT);
        json.writeNumberField("version", JsonSettings.VERSION);
        json.writeArrayFieldStart("sources");
        for (Source source : ledger.sources()) {
            source(source);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("subjects");
        for (Subject subject : ledger.subjects()) {
            json.writeStartObject();
            json.writeStringField("id", subject.id());
            json.writeStringField("name", subject.name());
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
        json.writeStringField("name", source.name());
        json.writeStringField("kind", source.kind().toText());
        optional("country", source.country());
        optional("reliability", source.reliability().map(Enum::name));
        json.writeEndObject();
    }

    private void metric(Metric metric) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", metric.id());
        json.writeStringField("name", metric.name());
        json.writeStringField("unit", metric.unit());
        optional("partOf", metric.partOf());
        optional("cannotExceed", metric.cannotExceed());
        if (!metric.synonyms().isEmpty()) {
            json.writeArrayFieldStart("synonyms");
            for (String synonym : metric.synonyms()) {
                json.writeString(synonym);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Writes one estimate as a whole object. */
    void estimate(Estimate estimate) throws IOException {
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
            json.writeStringField(name, value.get());
        }
    }
}
