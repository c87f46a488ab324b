package dev.tally.app.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.core.analysis.Bucket;
import dev.tally.core.analysis.BucketTotal;
import dev.tally.core.analysis.Contribution;
import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.History;
import dev.tally.core.analysis.PeriodComparison;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.analysis.Timeline;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Revision;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The machine-readable output of the views ({@code --json}): stable field names and order, as
 * documented in {@code docs/cli.md}. Figures appear as an object with the canonical text, the
 * display text and the low, best and high projections (null where unbounded or absent).
 */
public final class JsonViews {

    private JsonViews() {
    }

    /**
     * Writes {@code "name": {text, display, low, best, high}}.
     *
     * @param json  the generator
     * @param name  the field name
     * @param quantity  the figure
     * @throws IOException if writing fails
     */
    public static void quantity(JsonGenerator json, String name, Quantity quantity) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", quantity.toText());
        json.writeStringField("display", quantity.toDisplayText());
        json.writeNumberField("low", quantity.low());
        nullableNumber(json, "best", quantity.best().isPresent() ? quantity.best().getAsLong() : null);
        nullableNumber(json, "high", quantity.high().isPresent() ? quantity.high().getAsLong() : null);
        json.writeEndObject();
    }

    /**
     * Writes a source as an object.
     *
     * @param json  the generator
     * @param source  the source
     * @throws IOException if writing fails
     */
    public static void source(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("name", source.name());
        json.writeStringField("kind", source.kind().toText());
        json.writeStringField("country", source.country().orElse(null));
        json.writeStringField("reliability", source.reliability().map(Enum::name).orElse(null));
        json.writeEndObject();
    }

    /**
     * Writes a subject as an object.
     *
     * @param json  the generator
     * @param subject  the subject
     * @throws IOException if writing fails
     */
    public static void subject(JsonGenerator json, Subject subject) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", subject.id());
        json.writeStringField("name", subject.name());
        json.writeEndObject();
    }

    /**
     * Writes an estimate as an object.
     *
     * @param json  the generator
     * @param estimate  the estimate
     * @throws IOException if writing fails
     */
    public static void estimate(JsonGenerator json, Estimate estimate) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", estimate.id());
        json.writeStringField("source", estimate.source());
        json.writeStringField("subject", estimate.subject());
        json.writeStringField("metric", estimate.metric());
        quantity(json, "quantity", estimate.quantity());
        json.writeStringField("asOf", estimate.asOf().toText());
        json.writeStringField("basis", estimate.basis().toText());
        json.writeStringField("reported", estimate.reported().toText());
        json.writeBooleanField("derived", false);
        json.writeArrayFieldStart("revises");
        for (Revision revision : estimate.revises()) {
            json.writeStartObject();
            json.writeStringField("id", revision.target());
            json.writeStringField("kind", revision.kind().toText());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Writes a derived figure as an object, marked {@code "derived": true} with its inputs.
     *
     * @param json  the generator
     * @param derived  the derived figure
     * @throws IOException if writing fails
     */
    public static void derived(JsonGenerator json, DerivedEstimate derived) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", derived.id());
        json.writeStringField("source", derived.source().orElse(null));
        json.writeStringField("subject", derived.subject());
        json.writeStringField("metric", derived.metric());
        quantity(json, "quantity", derived.quantity());
        json.writeStringField("asOf", derived.asOf().toText());
        json.writeBooleanField("derived", true);
        json.writeStringField("rule", derived.rule());
        strings(json, "inputs", derived.inputs());
        json.writeEndObject();
    }

    /**
     * Writes a reconciliation as an object.
     *
     * @param json  the generator
     * @param reconciliation  the reconciliation
     * @throws IOException if writing fails
     */
    public static void reconciliation(JsonGenerator json, Reconciliation reconciliation) throws IOException {
        json.writeStartObject();
        json.writeStringField("subject", reconciliation.subject());
        json.writeStringField("metric", reconciliation.metric());
        bounds(json, reconciliation.low(), reconciliation.best(), reconciliation.high());
        if (reconciliation.spread().isPresent()) {
            json.writeNumberField("spread", reconciliation.spread().getAsDouble());
        } else {
            json.writeNullField("spread");
        }
        json.writeArrayFieldStart("contributions");
        for (Contribution contribution : reconciliation.contributions()) {
            json.writeStartObject();
            json.writeStringField("source", contribution.source());
            quantity(json, "figure", contribution.figure());
            json.writeNumberField("weight", contribution.weight());
            strings(json, "estimates", contribution.estimates());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * Writes a source's total in a calendar bucket as an object.
     *
     * @param json  the generator
     * @param total  the total
     * @throws IOException if writing fails
     */
    public static void bucketTotal(JsonGenerator json, BucketTotal total) throws IOException {
        json.writeStartObject();
        json.writeStringField("subject", total.subject());
        json.writeStringField("metric", total.metric());
        json.writeStringField("source", total.source());
        bucketFields(json, total.bucket());
        bounds(json, total.low(), total.best(), total.high());
        json.writeNumberField("spanning", total.spanning());
        strings(json, "estimates", total.estimates().stream().map(Estimate::id).toList());
        json.writeEndObject();
    }

    /**
     * Writes the sources compared in one bucket as an object.
     *
     * @param json  the generator
     * @param comparison  the comparison
     * @throws IOException if writing fails
     */
    public static void comparison(JsonGenerator json, PeriodComparison comparison) throws IOException {
        json.writeStartObject();
        json.writeStringField("subject", comparison.subject());
        json.writeStringField("metric", comparison.metric());
        bucketFields(json, comparison.bucket());
        json.writeBooleanField("singleSource", comparison.singleSource());
        bounds(json, comparison.low(), comparison.best(), comparison.high());
        if (comparison.ratio().isPresent()) {
            json.writeNumberField("ratio", comparison.ratio().getAsDouble());
        } else {
            json.writeNullField("ratio");
        }
        json.writeArrayFieldStart("totals");
        for (BucketTotal total : comparison.totals()) {
            bucketTotal(json, total);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("gap");
        for (Estimate estimate : comparison.gap()) {
            estimate(json, estimate);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void bucketFields(JsonGenerator json, Bucket bucket) throws IOException {
        json.writeStringField("bucket", bucket.label());
        json.writeStringField("start", bucket.start().toString());
        json.writeStringField("end", bucket.end().toString());
    }

    private static void bounds(JsonGenerator json, long low, OptionalLong best, OptionalLong high) throws IOException {
        json.writeNumberField("low", low);
        nullableNumber(json, "best", best.isPresent() ? best.getAsLong() : null);
        nullableNumber(json, "high", high.isPresent() ? high.getAsLong() : null);
    }

    /**
     * Writes a finding as an object.
     *
     * @param json  the generator
     * @param finding  the finding
     * @throws IOException if writing fails
     */
    public static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("message", finding.message());
        strings(json, "estimates", finding.estimates());
        json.writeEndObject();
    }

    /**
     * Writes the fields of a timeline: subject, metric, estimates, derived and chains.
     *
     * @param json  the generator, inside an object
     * @param timeline  the timeline
     * @throws IOException if writing fails
     */
    public static void timelineFields(JsonGenerator json, Timeline timeline) throws IOException {
        json.writeStringField("subject", timeline.subject());
        json.writeStringField("metric", timeline.metric());
        json.writeArrayFieldStart("estimates");
        for (Estimate estimate : timeline.estimates()) {
            estimate(json, estimate);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("derived");
        for (DerivedEstimate derived : timeline.derived()) {
            derived(json, derived);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("chains");
        for (List<Estimate> chain : timeline.chains()) {
            json.writeStartArray();
            for (Estimate estimate : chain) {
                json.writeString(estimate.id());
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /**
     * Writes the fields of a history: the estimate, earlier and later ones, and the links.
     *
     * @param json  the generator, inside an object
     * @param history  the history
     * @throws IOException if writing fails
     */
    public static void historyFields(JsonGenerator json, History history) throws IOException {
        json.writeFieldName("estimate");
        estimate(json, history.focus());
        json.writeArrayFieldStart("earlier");
        for (Estimate estimate : history.earlier()) {
            estimate(json, estimate);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("later");
        for (Estimate estimate : history.later()) {
            estimate(json, estimate);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (History.Link link : history.links()) {
            json.writeStartObject();
            json.writeStringField("from", link.from());
            json.writeStringField("revises", link.to());
            json.writeStringField("kind", link.kind().toText());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void nullableNumber(JsonGenerator json, String name, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}
