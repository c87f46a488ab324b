package dev.tally.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Quantity;

/**
 * What both JSON formats share: the format's name and version, the limits that protect the
 * reader, and the one Jackson factory configured with them.
 *
 * <p>The limits, documented in {@code docs/json-format.md}: nesting at most {@value #MAX_DEPTH}
 * deep (a ledger needs 5), strings at most {@value #MAX_STRING} characters, numbers at most
 * {@value #MAX_NUMBER} digits, field names at most {@value #MAX_NAME} characters. The document's
 * length is not limited, so that very large ledgers stream. Only {@code jackson-core} is used:
 * there is no data binding and so no polymorphic typing.
 */
final class JsonSettings {

    /** The value of the {@code format} field. */
    static final String FORMAT = "tally-ledger";
    /** The first version, which holds every ledger whose figures use none of the forms added since. */
    static final int VERSION = 1;
    /**
     * The latest version this adapter reads and writes: version 1 and the figure form "best inside
     * bounds" ({@code 25 (20-40)}), which a version 1 reader refuses.
     */
    static final int LATEST_VERSION = 2;

    /** The deepest nesting of arrays and objects accepted. */
    static final int MAX_DEPTH = 32;
    /** The longest string accepted, in characters (1 Mi; a spreadsheet cell holds 32,767). */
    static final int MAX_STRING = 1_048_576;
    /** The longest number accepted, in characters. */
    static final int MAX_NUMBER = 20;
    /** The longest field name accepted, in characters. */
    static final int MAX_NAME = 256;

    /** The factory for every parser and generator of this adapter; thread-safe once built. */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_NAME)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .rootValueSeparator((String) null)
            .build();

    private JsonSettings() {
    }

    /**
     * The pretty printer of the {@code .json} document: two-space indents, {@code "key": value},
     * {@code []} for an empty array, and {@code \n} line ends on every platform.
     *
     * @return a new printer (printers keep state, so each document needs its own)
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * The lowest version that holds the ledger, so that files without the newer forms stay
     * readable by version 1 readers and byte-identical to what they wrote.
     */
    static int version(Ledger ledger) {
        return ledger.estimates().stream().anyMatch(e -> needsLatest(e.quantity())) ? LATEST_VERSION : VERSION;
    }

    /** Whether a figure's canonical text is one that only the latest version holds. */
    static boolean needsLatest(Quantity quantity) {
        return quantity.form() == Quantity.Form.BEST_INSIDE_BOUNDS;
    }
}
