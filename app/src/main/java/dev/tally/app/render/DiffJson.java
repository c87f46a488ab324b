package dev.tally.app.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.core.model.FieldChange;
import dev.tally.core.model.LedgerDiff;
import dev.tally.core.model.Metric;
import dev.tally.core.model.RecordChange;
import dev.tally.core.model.RecordDiff;
import dev.tally.core.model.RevisionLink;
import java.io.IOException;
import java.util.List;

/**
 * The machine-readable output of {@code tally diff --json}, as documented (with its JSON Schema)
 * in {@code docs/cli.md}: per kind of record {@code added}, {@code removed} and {@code changed}
 * (each change an id and its fields, old and new), then the revision links added and removed.
 */
public final class DiffJson {

    private DiffJson() {
    }

    /** Writes one record as a JSON value. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(JsonGenerator json, T record) throws IOException;
    }

    /**
     * Writes the diff's fields into an already opened object.
     *
     * @param json  the generator
     * @param diff  the diff
     * @throws IOException if writing fails
     */
    public static void diffFields(JsonGenerator json, LedgerDiff diff) throws IOException {
        json.writeBooleanField("identical", diff.isEmpty());
        records(json, "sources", diff.sources(), JsonViews::source);
        records(json, "subjects", diff.subjects(), JsonViews::subject);
        records(json, "metrics", diff.metrics(), DiffJson::metric);
        records(json, "estimates", diff.estimates(), JsonViews::estimate);
        json.writeObjectFieldStart("revisions");
        array(json, "added", diff.revisionsAdded(), DiffJson::link);
        array(json, "removed", diff.revisionsRemoved(), DiffJson::link);
        json.writeEndObject();
    }

    private static <T> void records(JsonGenerator json, String name, RecordDiff<T> diff, Writer<T> writer)
            throws IOException {
        json.writeObjectFieldStart(name);
        array(json, "added", diff.added(), writer);
        array(json, "removed", diff.removed(), writer);
        array(json, "changed", diff.changed(), DiffJson::change);
        json.writeEndObject();
    }

    private static <T> void array(JsonGenerator json, String name, List<T> values, Writer<T> writer)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (T value : values) {
            writer.write(json, value);
        }
        json.writeEndArray();
    }

    private static void change(JsonGenerator json, RecordChange<?> change) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", change.id());
        array(json, "fields", change.fields(), DiffJson::field);
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, FieldChange field) throws IOException {
        json.writeStartObject();
        json.writeStringField("field", field.field());
        json.writeStringField("old", field.before());
        json.writeStringField("new", field.after());
        json.writeEndObject();
    }

    private static void metric(JsonGenerator json, Metric metric) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", metric.id());
        json.writeStringField("name", metric.name());
        json.writeStringField("unit", metric.unit());
        json.writeStringField("partOf", metric.partOf().orElse(null));
        json.writeStringField("cannotExceed", metric.cannotExceed().orElse(null));
        array(json, "synonyms", metric.synonyms(), JsonGenerator::writeString);
        json.writeEndObject();
    }

    private static void link(JsonGenerator json, RevisionLink link) throws IOException {
        json.writeStartObject();
        json.writeStringField("estimate", link.estimate());
        json.writeStringField("revises", link.revised());
        json.writeStringField("kind", link.kind().toText());
        json.writeEndObject();
    }
}
