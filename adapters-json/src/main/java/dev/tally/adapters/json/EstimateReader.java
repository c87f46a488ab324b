package dev.tally.adapters.json;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.table.TextTable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of one estimate after another, the hot path of a large ledger: the texts that
 * repeat across estimates (ids of sources, subjects and metrics, figures, periods, kinds) are looked up in tables
 * by the parser's characters, so that a text seen before costs neither a string nor a parse.
 */
final class EstimateReader implements JsonInput.FieldReader {

    static final ObjectShape SHAPE = new ObjectShape("id", "source", "subject", "metric", "quantity", "asOf",
            "basis?", "reported", "via?", "credibility?", "citation?", "note?", "revises?");
    static final ObjectShape CITATION = new ObjectShape("title?", "publisher?", "url?", "quote?");
    static final ObjectShape REVISION = new ObjectShape("id", "kind");
    private static final int PUBLISHER = CITATION.index("publisher");

    /** How many ids, periods and figures are shared across estimates: one instance for each text. */
    private static final int SHARED_LIMIT = 65_536;

    private final JsonInput input;
    private final TextTable<String> ids = new TextTable<>(SHARED_LIMIT);
    private final TextTable<Period> periods = new TextTable<>(SHARED_LIMIT);
    private final TextTable<Quantity> quantities = new TextTable<>(SHARED_LIMIT);
    private final TextTable<Basis> bases = new TextTable<>(SHARED_LIMIT);
    private final TextTable<RevisionKind> kinds = new TextTable<>(SHARED_LIMIT);
    /** The publishers of citations, a few names that many citations repeat: one optional for each. */
    private final TextTable<Optional<String>> publishers = new TextTable<>(SHARED_LIMIT);
    /** Whether the file says it is version 1, which has no figures of the form "best inside bounds". */
    private boolean firstVersion;

    /** The estimate being read, one builder for all, and its id once read. */
    private final Estimate.Builder estimate = Estimate.builder();
    private String id;

    /** The texts of the citation being read, one array for all, and how its fields are read and built. */
    @SuppressWarnings("unchecked")
    private final Optional<String>[] citation = new Optional[CITATION.size()];
    private final JsonInput.FieldReader citationField;
    private final Supplier<Citation> buildCitation;

    /**
     * The target and kind of the revision being read, and how each revision is read and added to the
     * estimate: the readers are made once, not for every revision.
     */
    private String target;
    private RevisionKind kind;
    private final JsonInput.FieldReader revisionField;
    private final Supplier<Estimate.Builder> addRevision;
    private final JsonInput.ValueReader revision;

    EstimateReader(JsonInput input) {
        this.input = input;
        this.citationField = field -> citation[field] = field == PUBLISHER
                ? input.shared(publishers, Optional::of, Optional::get) : Optional.ofNullable(input.text());
        this.buildCitation = () -> new Citation(citation[0], citation[1], citation[2], citation[3]);
        this.revisionField = field -> {
            if (field == 0) {
                target = input.text();
            } else {
                kind = input.shared(kinds, RevisionKind::parse, RevisionKind::toText);
            }
        };
        this.addRevision = () -> estimate.revises(target, kind);
        this.revision = () -> input.build(input.start(), REVISION, revisionField, addRevision);
    }

    /** Notes the version the file says, which decides the figures it may hold. */
    void version(int version) {
        firstVersion = version == JsonSettings.VERSION;
    }

    /**
     * Forgets the estimate read before, to read the next. Its optional fields are emptied; its
     * required ones need not be, as an estimate is built only if each of them was read anew.
     */
    void clear() {
        id = null;
        estimate.basis(Basis.CUMULATIVE).via(null).credibility(null).citation(null).note(null).revises(List.of());
    }

    /** The id of the estimate being read; null until read. */
    String id() {
        return id;
    }

    /**
     * The estimate of the fields read.
     *
     * @throws IllegalArgumentException if the estimate refuses them
     */
    Estimate build() {
        return estimate.build();
    }

    @Override
    public void read(int field) throws IOException {
        switch (field) {
            case 0 -> {
                id = input.text();
                estimate.id(id);
            }
            case 1 -> estimate.source(reference());
            case 2 -> estimate.subject(reference());
            case 3 -> estimate.metric(reference());
            case 4 -> estimate.quantity(quantity());
            case 5 -> estimate.asOf(period());
            case 6 -> estimate.basis(input.shared(bases, Basis::parse, Basis::toText));
            case 7 -> estimate.reported(period());
            case 8 -> estimate.via(input.text());
            case 9 -> estimate.credibility(credibility());
            case 10 -> estimate.citation(citation());
            case 11 -> estimate.note(input.text());
            default -> input.array(revision);
        }
    }

    /** An id that other records share, such as a source's: the same string for the same id. */
    private String reference() throws IOException {
        return input.shared(ids, Function.identity(), Function.identity());
    }

    private Period period() throws IOException {
        return input.shared(periods, Period::parse, Period::toText);
    }

    private Quantity quantity() throws IOException {
        Quantity figure = input.shared(quantities, Quantity::parse, Quantity::toText);
        if (figure != null && firstVersion && JsonSettings.needsLatest(figure)) {
            input.problem("the figure \"" + figure + "\" (a best value inside bounds) needs version "
                    + JsonSettings.LATEST_VERSION + " of the format; write \"version\": " + JsonSettings.LATEST_VERSION);
            return null;
        }
        return figure;
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
        Arrays.fill(citation, Optional.empty());
        return input.build(input.start(), CITATION, citationField, buildCitation);
    }
}
