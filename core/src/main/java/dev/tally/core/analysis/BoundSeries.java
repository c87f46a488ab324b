package dev.tally.core.analysis;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Estimate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The highest a bounding metric (such as deployed) can be by a date: the highest cumulative figure
 * whose period began by then, plus every increment whose period began by then. Generous on purpose,
 * so that only certain excesses are reported. Sorted once with running maxima and sums; each query
 * is a binary search.
 */
final class BoundSeries {

    /** A bound: the highest count and the estimates it comes from. */
    record Bound(long high, List<String> estimates) {
    }

    private final List<Estimate> cumulative = new ArrayList<>();
    private final List<Estimate> increments = new ArrayList<>();
    private final int[] highestCumulative;
    private final long[] incrementSums;
    private final boolean unbounded;

    BoundSeries(List<Estimate> figures) {
        Comparator<Estimate> byStart = Comparator.comparing(e -> e.asOf().start());
        figures.forEach(e -> (e.basis() == Basis.INCREMENT ? increments : cumulative).add(e));
        cumulative.sort(byStart);
        increments.sort(byStart);
        unbounded = figures.stream().anyMatch(e -> e.quantity().high().isEmpty());
        highestCumulative = new int[cumulative.size() + 1];
        highestCumulative[0] = -1;
        for (int k = 0; k < cumulative.size(); k++) {
            int best = highestCumulative[k];
            highestCumulative[k + 1] = best < 0 || high(cumulative.get(k)) > high(cumulative.get(best)) ? k : best;
        }
        incrementSums = new long[increments.size() + 1];
        for (int k = 0; k < increments.size(); k++) {
            incrementSums[k + 1] = incrementSums[k] + high(increments.get(k));
        }
    }

    /**
     * The bound at the date if it lies below {@code above}; empty if it does not, if no bounding
     * figure had begun by then, or if one is unbounded.
     */
    Optional<Bound> at(LocalDate date, long above) {
        int c = count(cumulative, date);
        int i = count(increments, date);
        if (unbounded || c + i == 0) {
            return Optional.empty();
        }
        int highest = highestCumulative[c];
        long high = (highest < 0 ? 0 : high(cumulative.get(highest))) + incrementSums[i];
        if (high >= above) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        if (highest >= 0) {
            ids.add(cumulative.get(highest).id());
        }
        increments.subList(0, i).forEach(e -> ids.add(e.id()));
        return Optional.of(new Bound(high, ids));
    }

    /** The figure's high; an unbounded one makes the whole series unbounded, so its value never counts. */
    private static long high(Estimate estimate) {
        return estimate.quantity().high().orElse(Long.MAX_VALUE);
    }

    /** How many of the estimates, sorted by the start of their period, began on or before the date. */
    static int count(List<Estimate> sorted, LocalDate date) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).asOf().start().isAfter(date)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
