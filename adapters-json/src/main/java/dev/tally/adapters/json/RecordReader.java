package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonLocation;
import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the records of a ledger, one JSON object at a time, into a {@link LedgerAssembly}: every
 * field by its type and canonical text, every problem reported at its place.
 *
 * <p>A record with a problem is left out of the ledger, so that the reader reports everything wrong
 * with the input without building anything from a bad record.
 */
final class RecordReader {

    /** The fields of the {@code .json} document. */
    static final ObjectShape DOCUMENT = new ObjectShape("format", "version", "sources", "subjects", "metrics",
            "estimates");
    /** The fields of the first line of a {@code .jsonl} file: the document without its estimates. */
    static final ObjectShape HEADER = new ObjectShape("format", "version", "sources", "subjects", "metrics");
    static final ObjectShape SOURCE = new ObjectShape("id", "name", "kind", "country?", "reliability?");
    static final ObjectShape SUBJECT = new ObjectShape("id", "name");
    static final ObjectShape METRIC = new ObjectShape("id", "name", "unit", "partOf?", "cannotExceed?", "synonyms?");
    static final ObjectShape ESTIMATE = new ObjectShape("id", "source", "subject", "metric", "quantity", "asOf",
            "basis?", "reported", "via?", "credibility?", "citation?", "note?", "revises?");
    static final ObjectShape CITATION = new ObjectShape("title?", "publisher?", "url?", "quote?");
    static final ObjectShape REVISION = new ObjectShape("id", "kind");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** How many ids, periods and figures are shared across estimates: one instance for each text. */
    private static final int SHARED_LIMIT = 65_536;

    private final JsonInput input;
    private final LedgerAssembly ledger;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, Quantity> quantities = new HashMap<>();
    /** The version the file says, once read; null before. */
    private Integer version;

    RecordReader(JsonInput input, LedgerAssembly ledger) {
        this.input = input;
        this.ledger = ledger;
    }

    /**
     * Reads a field that the document and the header share: the format, the version, and the arrays
     * of sources, subjects and metrics.
     *
     * @param field  the field's index in {@link #HEADER}
     */
    void header(int field) throws IOException {
        switch (field) {
            case 0:
                String format = input.text();
                if (format != null && !format.equals(JsonSettings.FORMAT)) {
                    input.problem("the format is \"" + format + "\"; this reader reads \"" + JsonSettings.FORMAT + "\"");
                }
                break;
            case 1:
                version = input.integer();
                if (version != null && (version < JsonSettings.VERSION || version > JsonSettings.LATEST_VERSION)) {
                    input.problem("version " + version + " is not supported; this reader reads versions "
                            + JsonSettings.VERSION + " and " + JsonSettings.LATEST_VERSION);
                }
                break;
            case 2:
                input.array(this::source);
                break;
            case 3:
                input.array(this::subject);
                break;
            default:
                input.array(this::metric);
        }
    }

    /** Reads the source at the current token. */
    void source() throws IOException {
        String[] texts = new String[3];
        SourceKind[] kind = new SourceKind[1];
        Reliability[] reliability = new Reliability[1];
        record(Part.SOURCE, SOURCE, field -> {
            switch (field) {
                case 2:
                    kind[0] = input.canonical(SourceKind::parse, SourceKind::toText);
                    break;
                case 3:
                    texts[2] = country();
                    break;
                case 4:
                    reliability[0] = input.canonical(Reliability::parse, Reliability::name);
                    break;
                default:
                    texts[field] = input.text();
            }
        }, texts, () -> new Source(texts[0], texts[1], kind[0], Optional.ofNullable(texts[2]),
                Optional.ofNullable(reliability[0])), ledger.builder()::add);
    }

    private String country() throws IOException {
        String code = input.text();
        if (code != null && !COUNTRY.matcher(code).matches()) {
            input.problem("\"" + code + "\" is not a country code; write an ISO 3166-1 alpha-2 code in capitals, "
                    + "such as KR or US");
            return null;
        }
        return code;
    }

    /** Reads the subject at the current token. */
    void subject() throws IOException {
        String[] texts = new String[2];
        record(Part.SUBJECT, SUBJECT, field -> texts[field] = input.text(), texts,
                () -> new Subject(texts[0], texts[1]), ledger.builder()::add);
    }

    /** Reads the metric at the current token. */
    void metric() throws IOException {
        String[] texts = new String[5];
        List<String> synonyms = new ArrayList<>();
        record(Part.METRIC, METRIC, field -> {
            if (field == 5) {
                input.array(() -> synonyms.add(input.text()));
            } else {
                texts[field] = input.text();
            }
        }, texts, () -> new Metric(texts[0], texts[1], texts[2], Optional.ofNullable(texts[3]),
                Optional.ofNullable(texts[4]), synonyms), ledger.builder()::add);
    }

    /** Reads the estimate at the current token. */
    void estimate() throws IOException {
        String[] id = new String[1];
        Estimate.Builder estimate = Estimate.builder();
        record(Part.ESTIMATE, ESTIMATE, field -> estimateField(field, estimate, id), id, estimate::build,
                ledger.builder()::add);
    }

    private void estimateField(int field, Estimate.Builder estimate, String[] id) throws IOException {
        switch (field) {
            case 0 -> {
                id[0] = input.text();
                estimate.id(id[0]);
            }
            case 1 -> estimate.source(shared(input.text()));
            case 2 -> estimate.subject(shared(input.text()));
            case 3 -> estimate.metric(shared(input.text()));
            case 4 -> estimate.quantity(quantity());
            case 5 -> estimate.asOf(period());
            case 6 -> estimate.basis(input.canonical(Basis::parse, Basis::toText));
            case 7 -> estimate.reported(period());
            case 8 -> estimate.via(input.text());
            case 9 -> estimate.credibility(credibility());
            case 10 -> estimate.citation(citation());
            case 11 -> estimate.note(input.text());
            default -> estimate.revises(revisions());
        }
    }

    private Period period() throws IOException {
        return cached(periods, Period::parse, Period::toText);
    }

    private Quantity quantity() throws IOException {
        Quantity quantity = cached(quantities, Quantity::parse, Quantity::toText);
        if (quantity != null && version != null && version == JsonSettings.VERSION && JsonSettings.needsLatest(quantity)) {
            input.problem("the figure \"" + quantity + "\" (a best value inside bounds) needs version "
                    + JsonSettings.LATEST_VERSION + " of the format; write \"version\": " + JsonSettings.LATEST_VERSION);
            return null;
        }
        return quantity;
    }

    /**
     * The current value read as canonical text, through a table of the values already read: figures
     * and periods repeat across estimates, and parsing them is the larger part of reading one.
     */
    private <T> T cached(Map<String, T> table, Function<String, T> parse, Function<T, String> canonical)
            throws IOException {
        String text = input.text();
        if (text == null) {
            return null;
        }
        T known = table.get(text);
        if (known != null) {
            return known;
        }
        T value = input.canonical(text, parse, canonical);
        if (value != null && table.size() < SHARED_LIMIT) {
            table.put(text, value);
        }
        return value;
    }

    private Credibility credibility() throws IOException {
        Integer grade = input.integer();
        if (grade == null) {
            return null;
        }
        try {
            return Credibility.of(grade);
        } catch (IllegalArgumentException e) {
            input.problem(e.getMessage());
            return null;
        }
    }

    private Citation citation() throws IOException {
        String[] texts = new String[4];
        return build(input.start(), CITATION, field -> texts[field] = input.text(),
                () -> new Citation(Optional.ofNullable(texts[0]), Optional.ofNullable(texts[1]),
                        Optional.ofNullable(texts[2]), Optional.ofNullable(texts[3])));
    }

    private List<Revision> revisions() throws IOException {
        List<Revision> revisions = new ArrayList<>();
        input.array(() -> {
            String[] target = new String[1];
            RevisionKind[] kind = new RevisionKind[1];
            Revision revision = build(input.start(), REVISION, field -> {
                if (field == 0) {
                    target[0] = input.text();
                } else {
                    kind[0] = input.canonical(RevisionKind::parse, RevisionKind::toText);
                }
            }, () -> new Revision(target[0], kind[0]));
            if (revision != null) {
                revisions.add(revision);
            }
        });
        return revisions;
    }

    /** The same string for the same id across records, while the table of shared values is small. */
    private String shared(String text) {
        if (text == null) {
            return null;
        }
        String known = ids.get(text);
        if (known != null) {
            return known;
        }
        if (ids.size() < SHARED_LIMIT) {
            ids.put(text, text);
        }
        return text;
    }

    /**
     * Reads one record's object, builds it and adds it to the ledger if nothing was wrong with it;
     * otherwise notes its id as unread.
     *
     * @param ids  an array whose first element holds the record's id once read
     */
    private <T> void record(Part part, ObjectShape shape, JsonInput.FieldReader fields, String[] ids,
                            Supplier<T> build, Consumer<T> add) throws IOException {
        JsonLocation start = input.start();
        T record = build(start, shape, fields, build);
        if (record == null) {
            ledger.unread(ids[0]);
            return;
        }
        add.accept(record);
        ledger.placed(part, input.elementIndex(), start);
    }

    /**
     * Reads one object and builds a value of its fields; null, with every problem reported, if a
     * field was wrong or the value refuses them.
     */
    private <T> T build(JsonLocation start, ObjectShape shape, JsonInput.FieldReader fields, Supplier<T> build)
            throws IOException {
        int before = input.problems().size();
        if (!input.object(shape, fields) || input.problems().size() > before) {
            return null;
        }
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            input.problemAt(start, e.getMessage());
            return null;
        }
    }
}
