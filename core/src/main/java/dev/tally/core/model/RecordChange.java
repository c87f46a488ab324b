package dev.tally.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A record held by the same id in two ledgers with different content, and the fields that differ.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the kind of record
 * @param id  the record's id
 * @param before  the record in the old ledger
 * @param after  the record in the new ledger
 * @param fields  the fields that differ, in the order of the record's fields, at least one
 */
public record RecordChange<T>(String id, T before, T after, List<FieldChange> fields) {

    /**
     * Checks the components and copies the fields.
     *
     * @param id  the record's id
     * @param before  the record in the old ledger
     * @param after  the record in the new ledger
     * @param fields  the fields that differ, in the order of the record's fields, at least one
     */
    public RecordChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a changed record " + id + " has at least one changed field");
        }
    }

    /**
     * Compares two versions of a record field by field.
     *
     * @param <T>  the kind of record
     * @param before  the old version, not null
     * @param after  the new version, not null
     * @param fields  the fields of the kind of record, together telling any two versions apart
     * @return the fields that differ, in the order given; empty when none does
     */
    public static <T> List<FieldChange> compare(T before, T after, List<? extends RecordField<T>> fields) {
        return fields.stream().filter(f -> !f.valueOf(before).equals(f.valueOf(after)))
                .map(f -> new FieldChange(f.label(), f.valueOf(before), f.valueOf(after), f.isText())).toList();
    }

    /**
     * The same change the other way round.
     *
     * @return the change from {@code after} to {@code before}, never null
     */
    public RecordChange<T> reversed() {
        return new RecordChange<>(id, after, before, fields.stream().map(FieldChange::reversed).toList());
    }
}
