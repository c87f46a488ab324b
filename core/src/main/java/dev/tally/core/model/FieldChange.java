package dev.tally.core.model;

import java.util.Objects;

/**
 * One field whose value differs between two versions of a record: {@code Figure: 600 → 650}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field  the field's label, such as {@code Figure}
 * @param before  the old value in canonical text, empty for none
 * @param after  the new value in canonical text, empty for none
 * @param text  whether the field holds free text, shown in quotes
 */
public record FieldChange(String field, String before, String after, boolean text) {

    /**
     * Checks the components.
     *
     * @param field  the field's label, such as {@code Figure}
     * @param before  the old value in canonical text, empty for none
     * @param after  the new value in canonical text, empty for none
     * @param text  whether the field holds free text, shown in quotes
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The same change the other way round.
     *
     * @return the change from {@code after} to {@code before}, never null
     */
    public FieldChange reversed() {
        return new FieldChange(field, after, before, text);
    }

    /**
     * The change as people read it: {@code Figure: 600 → 650}, {@code Note: "cremated in Russia" → ""};
     * free text in quotes, an empty value as {@code ""} for text and {@code (none)} otherwise.
     *
     * @return the text, never null
     */
    public String toText() {
        return field + ": " + show(before) + " → " + show(after);
    }

    private String show(String value) {
        if (text) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return value.isEmpty() ? "(none)" : value;
    }
}
