package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Quantity;
import java.util.List;
import java.util.OptionalLong;

/**
 * Exact interval arithmetic on figures: the low and high a quantity allows (high possibly
 * unbounded), whether any input was approximate, and the best values carried along when any input
 * gave a best of its own inside bounds. Sums add lows, bests and highs; a difference takes the low
 * of the minuend less the high of the subtrahend, the best less the best, and the high less the
 * low, never below 0.
 */
record Bounds(long low, OptionalLong high, boolean approximate, OptionalLong best, boolean explicitBest) {

    static Bounds of(Quantity quantity) {
        return new Bounds(quantity.low(), quantity.high(), quantity.isApproximate(), quantity.best(),
                quantity.form() == Quantity.Form.BEST_INSIDE_BOUNDS);
    }

    /** The sum of the estimates' figures; there is at least one. */
    static Bounds sum(List<Estimate> estimates) {
        Bounds sum = of(estimates.get(0).quantity());
        for (int i = 1; i < estimates.size(); i++) {
            sum = sum.plus(of(estimates.get(i).quantity()));
        }
        return sum;
    }

    /** The figure at a position of the index. */
    static Bounds at(LedgerIndex index, int position) {
        long high = index.high[position];
        long best = index.best[position];
        Quantity.Form form = index.form(position);
        return new Bounds(index.low[position], high == LedgerIndex.NONE ? OptionalLong.empty() : OptionalLong.of(high),
                form == Quantity.Form.APPROXIMATE, best == LedgerIndex.NONE ? OptionalLong.empty() : OptionalLong.of(best),
                form == Quantity.Form.BEST_INSIDE_BOUNDS);
    }

    Bounds plus(Bounds other) {
        OptionalLong sum = high.isPresent() && other.high.isPresent()
                ? OptionalLong.of(high.getAsLong() + other.high.getAsLong()) : OptionalLong.empty();
        OptionalLong bestSum = best.isPresent() && other.best.isPresent()
                ? OptionalLong.of(best.getAsLong() + other.best.getAsLong()) : OptionalLong.empty();
        return new Bounds(low + other.low, sum, approximate || other.approximate, bestSum,
                explicitBest || other.explicitBest);
    }

    Bounds minus(Bounds other) {
        long newLow = other.high.isPresent() ? Math.max(0, low - other.high.getAsLong()) : 0;
        OptionalLong newHigh = high.isPresent()
                ? OptionalLong.of(Math.max(0, high.getAsLong() - other.low)) : OptionalLong.empty();
        OptionalLong difference = best.isPresent() && other.best.isPresent()
                ? OptionalLong.of(Math.max(0, best.getAsLong() - other.best.getAsLong())) : OptionalLong.empty();
        return new Bounds(Math.min(newLow, newHigh.orElse(Long.MAX_VALUE)), newHigh, approximate || other.approximate,
                difference, explicitBest || other.explicitBest);
    }

    /**
     * The figure these bounds describe: exact or approximate when low equals high, else a best
     * inside bounds when an input gave one, a range, or a lower bound.
     */
    Quantity toQuantity() {
        long lowCount = Math.min(low, Quantity.MAX_COUNT);
        if (high.isEmpty()) {
            return Quantity.atLeast(lowCount);
        }
        long highCount = Math.min(high.getAsLong(), Quantity.MAX_COUNT);
        if (lowCount == highCount) {
            return approximate ? Quantity.approximately(lowCount) : Quantity.exact(lowCount);
        }
        if (explicitBest && best.isPresent()) {
            return Quantity.bestWithin(Math.max(lowCount, Math.min(highCount, best.getAsLong())), lowCount, highCount);
        }
        return Quantity.range(lowCount, highCount);
    }
}
