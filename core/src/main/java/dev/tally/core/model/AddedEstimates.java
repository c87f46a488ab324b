package dev.tally.core.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The estimates a ledger builder collects, each indexed by its id as it comes, while it is at hand
 * (its id's hash is then in the cache, not somewhere in a heap of a million estimates), with the
 * positions of those whose id came before. Not thread-safe.
 */
final class AddedEstimates {

    private final List<Estimate> list = new ArrayList<>();
    private final IntFunction<String> idAt = position -> list.get(position).id();
    /** The first of each id. */
    private IdPositions positions = new IdPositions(16);
    /** Whether the positions were handed on, and must be copied before the next estimate is added. */
    private boolean handedOn;
    /** The positions of the estimates whose id an earlier one has; null while there is none. */
    private BitSet repeats;

    void add(Estimate estimate) {
        if (handedOn) {
            positions = positions.copy();
            handedOn = false;
        }
        list.add(estimate);
        if (positions.putIfAbsent(estimate.id(), list.size() - 1, idAt) >= 0) {
            if (repeats == null) {
                repeats = new BitSet();
            }
            repeats.set(list.size() - 1);
        }
    }

    /** The estimates, in the order added. */
    List<Estimate> list() {
        return list;
    }

    /** Whether an earlier estimate has the id of the one at the position. */
    boolean repeatsAnId(int position) {
        return repeats != null && repeats.get(position);
    }

    /** The position of the first estimate with the id, or -1 if none has it. */
    int position(String id) {
        return positions.get(id, idAt);
    }

    /**
     * The positions of the first estimate of each id, for the index of a ledger; they no longer
     * change once handed on.
     */
    IdPositions handOn() {
        handedOn = true;
        return positions;
    }
}
