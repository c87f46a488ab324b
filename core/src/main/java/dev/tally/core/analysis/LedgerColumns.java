package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import java.util.List;

/**
 * What the {@link LedgerIndex} keeps of each estimate, each array in the index's order (the
 * estimates grouped by subject, in the ledger's order within each): filled in one pass over the
 * estimates in the ledger's order, each estimate written once, straight to its place (a stable
 * counting sort by subject, done as the arrays are filled), so that no array is filled twice and each
 * is allocated once at its size. Periods are numbered in {@link Period#ORDER}, {@link LedgerIndex#NONE}
 * marks a best or a high the figure does not have.
 */
final class LedgerColumns {

    final Estimate[] estimates;
    final int[] subject;
    final int[] metric;
    final int[] source;
    /** The figures' forms, as {@link Quantity.Form#ordinal()}. */
    final byte[] form;
    final long[] low;
    final long[] best;
    final long[] high;
    final boolean[] increment;
    final boolean[] superseded;
    final boolean[] withdrawn;
    /** The period codes of the periods and reported periods. */
    final int[] asOf;
    final int[] reported;
    final Codes<Period> periods;

    /**
     * Reads the ledger's estimates.
     *
     * @param knowledge  the knowledge whose revisions mark the superseded and withdrawn
     * @param subjectOf  the subject code of each estimate, in ledger order
     * @param subjects  how many subject codes
     * @param metricOf  the metric code of each estimate, in ledger order
     * @param sourceOf  the source code of each estimate, in ledger order
     */
    LedgerColumns(Knowledge knowledge, int[] subjectOf, int subjects, int[] metricOf, int[] sourceOf) {
        List<Estimate> list = knowledge.ledger().estimates();
        int n = list.size();
        estimates = new Estimate[n];
        subject = new int[n];
        metric = new int[n];
        source = new int[n];
        form = new byte[n];
        low = new long[n];
        best = new long[n];
        high = new long[n];
        increment = new boolean[n];
        superseded = new boolean[n];
        withdrawn = new boolean[n];
        asOf = new int[n];
        reported = new int[n];
        int[] next = firstPositions(subjectOf, subjects);
        Codes.Builder<Period> periodNumbers = new Codes.Builder<>();
        int p = 0;
        for (Estimate estimate : list) {
            int code = subjectOf[p];
            int q = next[code]++;
            estimates[q] = estimate;
            subject[q] = code;
            metric[q] = metricOf[p];
            source[q] = sourceOf[p];
            Quantity quantity = estimate.quantity();
            form[q] = (byte) quantity.form().ordinal();
            low[q] = quantity.low();
            best[q] = quantity.bestOr(LedgerIndex.NONE);
            high[q] = quantity.highOr(LedgerIndex.NONE);
            increment[q] = estimate.basis() == Basis.INCREMENT;
            superseded[q] = knowledge.isSuperseded(p);
            withdrawn[q] = knowledge.isWithdrawn(p);
            asOf[q] = periodNumbers.number(estimate.asOf());
            reported[q] = periodNumbers.number(estimate.reported());
            p++;
        }
        periods = periodNumbers.build(Period.ORDER);
        periods.recode(asOf);
        periods.recode(reported);
    }

    /** Per code: the index position of the first estimate with the code, the codes in order. */
    private static int[] firstPositions(int[] codes, int size) {
        int[] first = new int[size + 1];
        for (int code : codes) {
            first[code + 1]++;
        }
        for (int c = 0; c < size; c++) {
            first[c + 1] += first[c];
        }
        return first;
    }
}
