package dev.tally.core.table;

import dev.tally.core.model.Quantity;
import dev.tally.core.model.StatedFigure;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figure of a row of estimates: the Figure cell when it is filled, else the Low, Best and High
 * cells, as an event dataset gives them (UCDP's low, best and high deaths). Low, Best and High make
 * a best inside bounds; Low and High a range; Best alone an exact figure; Low alone a lower and
 * High alone an upper bound. Bounds that meet make an exact figure. Bounds that contradict each
 * other (a High below the Low, a Best outside them) are a problem, unless the mapping repairs them:
 * then the figure is widened to hold all three numbers, the Best kept, with a notice naming the row.
 */
final class FigureCells {

    /** What to write in a row of a table without a Figure column. */
    private static final String OR_BOUNDS = CellValues.figureHint() + "; or fill Low, Best and High";

    private FigureCells() {
    }

    /**
     * Reads the row's figure, with the words that may follow its count in the Figure cell, noting a
     * problem at the cell at fault.
     *
     * @param figureCell  the reading of a Figure cell
     * @return the figure, or null if the row gives none or it cannot be read
     */
    static StatedFigure read(RowValues<EstimateColumn> v, ColumnMapping mapping,
                             Function<Cell, StatedFigure> figureCell) {
        if (v.row().has(EstimateColumn.FIGURE) || !hasBounds(v)) {
            return v.required(EstimateColumn.FIGURE, figureCell,
                    v.row().layout().index(EstimateColumn.FIGURE).isPresent() ? CellValues.figureHint() : OR_BOUNDS);
        }
        Quantity bounded = fromBounds(v, mapping);
        return bounded == null ? null : new StatedFigure(bounded, Optional.empty());
    }

    private static Quantity fromBounds(RowValues<EstimateColumn> v, ColumnMapping mapping) {
        Long low = v.optional(EstimateColumn.LOW, CellValues::count);
        Long best = v.optional(EstimateColumn.BEST, CellValues::count);
        Long high = v.optional(EstimateColumn.HIGH, CellValues::count);
        if (v.failed()) {
            return null;
        }
        if (mapping.repairs() && low != null && high != null && (low > high || best != null && (best < low
                || best > high))) {
            return repaired(v, mapping, low, best, high);
        }
        if (best == null) {
            return low == null ? Quantity.atMost(high) : high == null ? Quantity.atLeast(low) : bounds(v, low, high);
        }
        if (low == null && high == null) {
            return Quantity.exact(best);
        }
        if (low == null || high == null) {
            EstimateColumn missing = low == null ? EstimateColumn.LOW : EstimateColumn.HIGH;
            v.fail(missing, "the " + missing.names().header() + " cell is empty; a Best with bounds needs both the "
                    + "Low and the High (or write the figure in the Figure column)");
            return null;
        }
        Quantity bounds = bounds(v, low, high);
        if (bounds == null) {
            return null;
        }
        if (best < low || best > high) {
            v.fail(EstimateColumn.BEST, "the Best " + best + " lies outside its Low " + low + " and High " + high
                    + "; write a Best from the Low to the High");
            return null;
        }
        return low.equals(high) ? bounds : Quantity.bestWithin(best, low, high);
    }

    /** The figure that holds a row's contradicting Low, Best and High, with a notice that names the row. */
    private static Quantity repaired(RowValues<EstimateColumn> v, ColumnMapping mapping, long low, Long best,
                                     long high) {
        long least = Math.min(Math.min(low, high), best == null ? low : best);
        long most = Math.max(Math.max(low, high), best == null ? high : best);
        Quantity widened = best == null ? Quantity.range(least, most) : Quantity.bestWithin(best, least, most);
        mapping.notice(v.row().row() + ": the Low " + low + (best == null ? "" : ", Best " + best) + " and High " + high
                + " contradict each other; read as " + widened.toDisplayText() + " (the mapping repairs such figures "
                + "by widening them to hold all three)");
        return widened;
    }

    private static boolean hasBounds(RowValues<EstimateColumn> v) {
        return v.row().has(EstimateColumn.LOW) || v.row().has(EstimateColumn.BEST)
                || v.row().has(EstimateColumn.HIGH);
    }

    /** The range from the Low to the High (an exact figure when they meet), or null and a problem at the High. */
    private static Quantity bounds(RowValues<EstimateColumn> v, long low, long high) {
        if (low > high) {
            v.fail(EstimateColumn.HIGH, "the High " + high + " is below the Low " + low + "; write the lower figure "
                    + "in Low and the higher in High");
            return null;
        }
        return low == high ? Quantity.exact(low) : Quantity.range(low, high);
    }
}
