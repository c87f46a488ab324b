package dev.tally.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The current estimates (known, not superseded) of each subject and metric, as the sums that
 * {@link Reconciliation} and {@link Derivations} take: each source's latest cumulative estimate,
 * then the increments whose period begins after its end (by the first day of their period, then
 * {@link Picture#LATEST}); or all the increments, if no source gives a cumulative figure. Sources
 * come in the order of their ids. One walk along two orders of the index, a binary search per source.
 */
final class CurrentSums {

    /** What is done with the sums of one subject and metric. */
    @FunctionalInterface
    interface Visitor {
        /**
         * Takes the sums of a subject and metric that has current estimates.
         *
         * @param sums  the positions summed into each figure, each beginning with the cumulative one
         * @param increments  whether the subject and metric has current increments
         */
        void accept(List<int[]> sums, boolean increments);
    }

    private CurrentSums() {
    }

    /** Visits every subject and metric of the index's subject number, or of all subjects when it is −1. */
    static void forEach(LedgerIndex index, int subject, Visitor visitor) {
        int[] series = index.bySeries();
        int[] increments = index.incrementsByStart();
        int[] range = index.subjectRange(series, subject);
        int cursor = index.subjectRange(increments, subject)[0];
        int[] current = new int[0];
        for (int from = range[0], to; from < range[1]; from = to) {
            to = Orders.runEnd(series, from, index.subject, index.metric);
            int first = series[from];
            while (cursor < increments.length && before(index, increments[cursor], first)) {
                cursor++;
            }
            int count = 0;
            for (; cursor < increments.length && index.subject[increments[cursor]] == index.subject[first]
                    && index.metric[increments[cursor]] == index.metric[first]; cursor++) {
                if (!index.superseded[increments[cursor]]) {
                    if (count == current.length) {
                        current = Arrays.copyOf(current, Math.max(16, count * 2));
                    }
                    current[count++] = increments[cursor];
                }
            }
            List<int[]> sums = sums(index, series, from, to, current, count);
            if (!sums.isEmpty()) {
                visitor.accept(sums, count > 0);
            }
        }
    }

    private static boolean before(LedgerIndex index, int position, int other) {
        return index.subject[position] < index.subject[other]
                || index.subject[position] == index.subject[other] && index.metric[position] < index.metric[other];
    }

    private static List<int[]> sums(LedgerIndex index, int[] series, int from, int to, int[] increments, int count) {
        List<int[]> sums = new ArrayList<>();
        for (int source = from, end; source < to; source = end) {
            end = Orders.runEnd(series, source, index.subject, index.metric, index.source);
            for (int k = end - 1; k >= source; k--) {
                int p = series[k];
                if (!index.increment[p] && !index.superseded[p]) {
                    int after = BoundSeries.count(index, increments, count, index.lastDay(p));
                    int[] parts = new int[1 + count - after];
                    parts[0] = p;
                    System.arraycopy(increments, after, parts, 1, count - after);
                    sums.add(parts);
                    break;
                }
            }
        }
        if (sums.isEmpty() && count > 0) {
            sums.add(Arrays.copyOf(increments, count));
        }
        return sums;
    }
}
