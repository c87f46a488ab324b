package dev.tally.app.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tally.app.render.Figures;
import dev.tally.core.analysis.Contribution;
import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.analysis.Finding;
import dev.tally.core.analysis.Reconciliation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data of the page as one JSON document, safe to embed in a {@code <script>} element
 * ({@link HtmlSafeEscapes}): the sources with their colours, and per chart its figures, revision
 * links, reconciled states by date and the checks' findings with the dates they held. The document is
 * written piece by piece as the page's template reaches it.
 */
final class ReportJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {
    }

    /**
     * The page's data, in pieces that make one JSON document when written one after the other: the
     * sources, then each chart in turn, written only when the page reaches it. One chart's JSON is in memory
     * at a time, never the whole document (issue 19: a 100,000-estimate ledger's data is some 50 MB of text).
     *
     * @param ledger  the ledger
     * @param charts  the charts, in the page's order
     * @param asKnownAt  the date the page opens at, empty for the last
     * @return the pieces, which may be iterated more than once
     */
    static Iterable<String> of(Ledger ledger, List<Chart> charts, Optional<LocalDate> asKnownAt) {
        return () -> new Pieces(ledger, charts, asKnownAt);
    }

    /** Writes the document with one generator into a buffer that each piece empties. */
    private static final class Pieces implements Iterator<String> {

        private final Ledger ledger;
        private final Iterator<Chart> charts;
        private final Optional<LocalDate> asKnownAt;
        private final StringWriter text = new StringWriter();
        private final JsonGenerator json;
        private final FigureJson figures;
        private boolean started;
        private boolean ended;

        Pieces(Ledger ledger, List<Chart> charts, Optional<LocalDate> asKnownAt) {
            this.ledger = ledger;
            this.charts = charts.iterator();
            this.asKnownAt = asKnownAt;
            this.figures = new FigureJson(new Revisers(ledger));
            try {
                json = JSON.createGenerator(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json.setCharacterEscapes(new HtmlSafeEscapes());
        }

        @Override
        public boolean hasNext() {
            return !ended;
        }

        @Override
        public String next() {
            if (ended) {
                throw new NoSuchElementException();
            }
            try {
                if (!started) {
                    start();
                    started = true;
                } else if (charts.hasNext()) {
                    chart(json, charts.next(), figures);
                } else {
                    json.writeEndArray();
                    json.writeEndObject();
                    json.close();
                    ended = true;
                }
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String piece = text.toString();
            text.getBuffer().setLength(0);
            return piece;
        }

        private void start() throws IOException {
            json.writeStartObject();
            json.writeStringField("asKnownAt", asKnownAt.map(LocalDate::toString).orElse(null));
            json.writeArrayFieldStart("sources");
            List<Source> sources = ledger.sources();
            for (int i = 0; i < sources.size(); i++) {
                json.writeStartObject();
                json.writeStringField("id", sources.get(i).id());
                json.writeStringField("name", sources.get(i).name());
                json.writeStringField("reliability", reliability(sources.get(i)));
                json.writeStringField("colour", Palette.colour(i));
                json.writeBooleanField("outline", Palette.needsOutline(i));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("charts");
        }
    }

    /** A source's grade on the Admiralty scale in words, such as {@code B (usually reliable)}. */
    static String reliability(Source source) {
        return source.reliability().map(r -> r.name() + " (" + r.description() + ")").orElse("not graded");
    }

    private static void chart(JsonGenerator json, Chart chart, FigureJson figures) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", chart.key());
        FigureJson.strings(json, "dates", chart.replay().dates().stream().map(LocalDate::toString).toList());
        json.writeArrayFieldStart("figures");
        for (Estimate e : chart.estimates()) {
            figures.estimate(json, e);
        }
        for (Span<DerivedEstimate> span : chart.derived()) {
            figures.derived(json, span);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("states");
        for (SubjectReplay.State state : chart.replay().states().getOrDefault(chart.metric(), List.of())) {
            state(json, state);
        }
        json.writeEndArray();
        Set<String> ids = chart.estimates().stream().map(Estimate::id).collect(Collectors.toSet());
        json.writeArrayFieldStart("findings");
        for (Span<Finding> span : chart.replay().findings()) {
            if (span.item().estimates().stream().anyMatch(ids::contains)) {
                finding(json, span);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void state(JsonGenerator json, SubjectReplay.State state) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", state.from().toString());
        if (state.reconciliation().isPresent()) {
            Reconciliation r = state.reconciliation().get();
            json.writeStringField("low", Figures.count(r.low()));
            json.writeStringField("best", Figures.count(r.best(), "—"));
            json.writeStringField("high", Figures.count(r.high(), "unbounded"));
            json.writeStringField("spread", r.spread().isPresent()
                    ? String.format(Locale.ENGLISH, "%.2f×", r.spread().getAsDouble()) : "—");
            json.writeArrayFieldStart("contributions");
            for (Contribution c : r.contributions()) {
                json.writeStartObject();
                json.writeStringField("source", c.source());
                json.writeStringField("figure", c.figure().toDisplayText());
                json.writeStringField("weight", String.format(Locale.ENGLISH, "%.1f", c.weight()));
                FigureJson.strings(json, "estimates", c.estimates());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, Span<Finding> span) throws IOException {
        Finding f = span.item();
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("message", f.message());
        FigureJson.strings(json, "estimates", f.estimates());
        json.writeStringField("from", span.from().toString());
        json.writeStringField("until", span.until().map(LocalDate::toString).orElse(null));
        json.writeEndObject();
    }
}
