package dev.tally.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The estimates a ledger builder collects, and their index by id: each id's hash is taken as the
 * estimate comes, while the id is at hand (later it lies somewhere in a heap of a million
 * estimates), and the index is built from the hashes when it is first asked for after an estimate
 * was added. Not thread-safe.
 */
final class AddedEstimates {

    private final List<Estimate> list = new ArrayList<>();
    private final IntFunction<String> idAt = position -> list.get(position).id();
    /** The {@link IdPositions#hash hash} of each estimate's id, in the order added. */
    private int[] hashes = new int[16];
    /** The index of the estimates added so far; null when one was added since it was built. */
    private IdPositions positions;
    /** The positions of the estimates whose id an earlier one has; empty while there is none. */
    private BitSet repeats;

    void add(Estimate estimate) {
        if (list.size() == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[list.size()] = IdPositions.hash(estimate.id());
        list.add(estimate);
        positions = null;
    }

    /** The estimates, in the order added. */
    List<Estimate> list() {
        return list;
    }

    /** Whether an earlier estimate has the id of the one at the position. */
    boolean repeatsAnId(int position) {
        index();
        return repeats.get(position);
    }

    /** The position of the first estimate with the id, or -1 if none has it. */
    int position(String id) {
        return index().get(id, idAt);
    }

    /**
     * The positions of the first estimate of each id, for the index of a ledger of these estimates.
     *
     * @return the table, never changed
     */
    IdPositions index() {
        if (positions == null) {
            BitSet repeated = new BitSet();
            positions = IdPositions.of(hashes, list.size(), idAt, repeated::set);
            repeats = repeated;
        }
        return positions;
    }
}
