package dev.tally.core.analysis;

import java.util.Arrays;

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
         * @param sums  the sums, at least one, each beginning with the cumulative estimate
         */
        void accept(MetricSums sums);
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
            MetricSums sums = sums(index, series, from, to, Arrays.copyOf(current, count));
            if (sums.size() > 0) {
                visitor.accept(sums);
            }
        }
    }

    private static boolean before(LedgerIndex index, int position, int other) {
        return index.subject[position] < index.subject[other]
                || index.subject[position] == index.subject[other] && index.metric[position] < index.metric[other];
    }

    /** Per source of the run {@code series[from..to)}, its latest cumulative estimate and the increments after it. */
    private static MetricSums sums(LedgerIndex index, int[] series, int from, int to, int[] increments) {
        int[] heads = new int[to - from];
        int[] after = new int[to - from];
        int size = 0;
        for (int source = from, end; source < to; source = end) {
            end = Orders.runEnd(series, source, index.subject, index.metric, index.source);
            for (int k = end - 1; k >= source; k--) {
                int p = series[k];
                if (!index.increment[p] && !index.superseded[p]) {
                    heads[size] = p;
                    after[size++] = BoundSeries.count(index, increments, increments.length, index.lastDay(p));
                    break;
                }
            }
        }
        if (size == 0 && increments.length > 0) {
            return new MetricSums(index, increments, new int[] {-1}, new int[] {0});
        }
        return new MetricSums(index, increments, Arrays.copyOf(heads, size), Arrays.copyOf(after, size));
    }
}
