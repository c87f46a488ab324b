package dev.tally.core.spi;

import dev.tally.core.model.EstimateField;

/**
 * Where a reader found each estimate of a ledger in its file, so that a tool can name the place of
 * an estimate (or one of its fields) when it reports on it later, as an import does when an
 * estimate of the file conflicts with the ledger it is merged into: {@code Estimates!E6} for the
 * figure of the estimate on row 6 of a workbook, {@code /estimates/4 (52:5)} for an estimate of a
 * JSON document. Estimates are named by their position in {@link dev.tally.core.model.Ledger#estimates()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface EstimatePlaces {

    /**
     * The place of one field of an estimate.
     *
     * @param index  the estimate's position in the ledger's estimates, from 0
     * @param field  the field, not null
     * @return the field's place; the estimate's own place when the format does not place fields
     *         (a JSON object's start); {@link Location.Whole} when the reader placed nothing
     * @throws IndexOutOfBoundsException if there is no estimate at that position
     */
    Location of(int index, EstimateField field);

    /**
     * Places for a reader that does not say where its estimates were: every place is the whole file.
     *
     * @return the places, never null
     */
    static EstimatePlaces unknown() {
        return (index, field) -> new Location.Whole();
    }
}
