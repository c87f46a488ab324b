package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import java.util.List;

/**
 * What the {@link LedgerIndex} keeps of each estimate, in the ledger's order: read in one pass over
 * the estimates, each array written from its start to its end, so that the index may then put each
 * array in its own order on its own, the writes of one array at a time staying in the processor's
 * cache. Periods are numbered in {@link Period#ORDER}, {@link LedgerIndex#NONE} marks a best or a
 * high the figure does not have.
 */
final class LedgerColumns {

    final Estimate[] estimates;
    /** The figures' forms, as {@link Quantity.Form#ordinal()}. */
    final byte[] form;
    final long[] low;
    final long[] best;
    final long[] high;
    final boolean[] increment;
    final boolean[] known;
    /** The period codes of the periods and reported periods. */
    final int[] asOf;
    final int[] reported;
    final Codes<Period> periods;

    LedgerColumns(List<Estimate> list, Knowledge knowledge) {
        int n = list.size();
        estimates = new Estimate[n];
        form = new byte[n];
        low = new long[n];
        best = new long[n];
        high = new long[n];
        increment = new boolean[n];
        known = new boolean[n];
        asOf = new int[n];
        reported = new int[n];
        Codes.Builder<Period> periodNumbers = new Codes.Builder<>();
        int p = 0;
        for (Estimate estimate : list) {
            estimates[p] = estimate;
            Quantity quantity = estimate.quantity();
            form[p] = (byte) quantity.form().ordinal();
            low[p] = quantity.low();
            best[p] = quantity.bestOr(LedgerIndex.NONE);
            high[p] = quantity.highOr(LedgerIndex.NONE);
            increment[p] = estimate.basis() == Basis.INCREMENT;
            known[p] = knowledge.isKnown(estimate);
            asOf[p] = periodNumbers.number(estimate.asOf());
            reported[p++] = periodNumbers.number(estimate.reported());
        }
        periods = periodNumbers.build(Period.ORDER);
        periods.recode(asOf);
        periods.recode(reported);
    }
}
