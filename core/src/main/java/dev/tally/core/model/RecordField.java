package dev.tally.core.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a kind of record, as a diff compares it: its label for people and its value as text.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T>  the kind of record
 */
public interface RecordField<T> {

    /**
     * The field's name for people, as a workbook heads its column: {@code Figure}, {@code As of}.
     *
     * @return the label, never null
     */
    String label();

    /**
     * Whether the field holds free text, which people read best in quotes ({@code "cremated in Russia"}),
     * rather than a figure, a date, a grade or an id.
     *
     * @return true for free text
     */
    boolean isText();

    /**
     * The field's value in the canonical text of the ledger formats.
     *
     * @param record  the record, not null
     * @return the text, empty when the record leaves the field empty; never null
     */
    String valueOf(T record);

    /**
     * A field read by a function.
     *
     * @param <T>  the kind of record
     * @param label  the field's name for people, not null
     * @param text  whether the field holds free text
     * @param value  the field's value as text, empty for none, not null
     * @return the field, never null
     */
    static <T> RecordField<T> of(String label, boolean text, Function<T, String> value) {
        return new Simple<>(label, text, value);
    }

    /** A field read by a function. */
    record Simple<T>(String label, boolean isText, Function<T, String> value) implements RecordField<T> {
        /**
         * Checks the components.
         *
         * @param label  the field's name for people
         * @param isText  whether the field holds free text
         * @param value  the field's value as text
         */
        public Simple {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String valueOf(T record) {
            return value.apply(record);
        }
    }
}
