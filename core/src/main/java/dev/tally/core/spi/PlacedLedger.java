package dev.tally.core.spi;

import dev.tally.core.model.Ledger;
import java.util.Objects;

/**
 * A ledger read from a file, with where each of its estimates was found in the file.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ledger  the ledger read
 * @param places  where each of its estimates was
 */
public record PlacedLedger(Ledger ledger, EstimatePlaces places) {

    /**
     * Checks both components.
     *
     * @param ledger  the ledger read
     * @param places  where each of its estimates was
     */
    public PlacedLedger {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(places, "places");
    }

    /**
     * A ledger whose estimates have no known place, for readers that do not place them.
     *
     * @param ledger  the ledger, not null
     * @return the placed ledger, every place {@link Location.Whole}; never null
     */
    public static PlacedLedger unplaced(Ledger ledger) {
        return new PlacedLedger(ledger, EstimatePlaces.unknown());
    }
}
