package dev.tally.core.model;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The estimates added to a ledger builder and their index by id, for the validator and, when the
 * builder's base holds no estimate, for the ledger built.
 */
final class AddedEstimates {

    private final List<Estimate> list;
    private final IntFunction<String> idAt;
    /** The first of each id. */
    private final IdPositions index;
    /** The positions of the estimates whose id an earlier one has. */
    private final BitSet repeats = new BitSet();

    /**
     * @param list  the estimates, in the order added
     * @param ids  the ids of those estimates, taken as they were added
     */
    AddedEstimates(List<Estimate> list, IdPositions.Builder ids) {
        this.list = list;
        this.idAt = position -> list.get(position).id();
        this.index = ids.build(idAt, repeats::set);
    }

    /** The estimates, in the order added. */
    List<Estimate> list() {
        return list;
    }

    /** Whether an earlier estimate has the id of the one at the position. */
    boolean repeatsAnId(int position) {
        return repeats.get(position);
    }

    /** The position of the first estimate with the id, or -1 if none has it. */
    int position(String id) {
        return index.get(id, idAt);
    }

    /** The positions of the first estimate of each id, never changed. */
    IdPositions index() {
        return index;
    }
}
