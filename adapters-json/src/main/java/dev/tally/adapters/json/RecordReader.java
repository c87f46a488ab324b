package dev.tally.adapters.json;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final JsonInput input;
    private final LedgerAssembly ledger;
    private final EstimateReader estimates;
    private final Supplier<String> estimateId;
    private final Supplier<Estimate> buildEstimate;
    private final Consumer<Estimate> addEstimate;

    RecordReader(JsonInput input, LedgerAssembly ledger) {
        this.input = input;
        this.ledger = ledger;
        this.estimates = new EstimateReader(input);
        this.estimateId = estimates::id;
        this.buildEstimate = estimates::build;
        this.addEstimate = ledger.builder()::add;
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
                Integer version = input.integer();
                if (version == null) {
                    break;
                }
                estimates.version(version);
                if (version < JsonSettings.VERSION || version > JsonSettings.LATEST_VERSION) {
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
        record(Part.SOURCE, input.start(), SOURCE, field -> {
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
        }, () -> texts[0], () -> new Source(texts[0], texts[1], kind[0], Optional.ofNullable(texts[2]),
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
        record(Part.SUBJECT, input.start(), SUBJECT, field -> texts[field] = input.text(), () -> texts[0],
                () -> new Subject(texts[0], texts[1]), ledger.builder()::add);
    }

    /** Reads the metric at the current token. */
    void metric() throws IOException {
        String[] texts = new String[5];
        List<String> synonyms = new ArrayList<>();
        record(Part.METRIC, input.start(), METRIC, field -> {
            if (field == 5) {
                input.array(() -> synonyms.add(input.text()));
            } else {
                texts[field] = input.text();
            }
        }, () -> texts[0], () -> new Metric(texts[0], texts[1], texts[2], Optional.ofNullable(texts[3]),
                Optional.ofNullable(texts[4]), synonyms), ledger.builder()::add);
    }

    /** Reads the estimate at the current token. */
    void estimate() throws IOException {
        estimate(input.start());
    }

    /**
     * Reads the estimate at the current token.
     *
     * @param start  where the current token starts, as the caller has already asked
     */
    void estimate(long start) throws IOException {
        estimates.clear();
        record(Part.ESTIMATE, start, EstimateReader.SHAPE, estimates, estimateId, buildEstimate, addEstimate);
    }

    /**
     * Reads one record's object, builds it and adds it to the ledger if nothing was wrong with it;
     * otherwise notes its id as unread.
     *
     * @param start  where the record starts
     * @param id  the record's id once read, null before
     */
    private <T> void record(Part part, long start, ObjectShape shape, JsonInput.FieldReader fields,
                            Supplier<String> id, Supplier<T> build, Consumer<T> add) throws IOException {
        T record = input.build(start, shape, fields, build);
        if (record == null) {
            ledger.unread(id.get());
            return;
        }
        add.accept(record);
        ledger.placed(part, input.elementIndex(), start);
    }
}
