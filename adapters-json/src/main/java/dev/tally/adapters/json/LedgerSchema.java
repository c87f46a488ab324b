package dev.tally.adapters.json;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published JSON Schema of both formats, read once from the jar. */
final class LedgerSchema {

    /** Where the schema lies in the jar. */
    static final String RESOURCE = "tally-ledger.schema.json";

    private static final String TEXT = load();

    private LedgerSchema() {
    }

    /** The schema's text. */
    static String text() {
        return TEXT;
    }

    private static String load() {
        try (InputStream in = LedgerSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FileNotFoundException("the jar lacks its JSON Schema " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON Schema " + RESOURCE, e);
        }
    }
}
