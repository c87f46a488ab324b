package dev.tally.app.render;

import dev.tally.core.analysis.DerivedEstimate;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table of figures: an estimate, or a figure derived from others, which takes its
 * place in time among the estimates.
 *
 * @param asOf  the period the figure refers to
 * @param quantity  the figure
 * @param source  the source, {@code (several)} for a figure derived from several sources
 * @param label  the estimate's id as shown, or {@code derived}
 * @param estimate  the estimate, if the row is one
 * @param derivation  the derived figure, if the row is one
 */
record FigureRow(Period asOf, Quantity quantity, String source, String label, Optional<Estimate> estimate,
                 Optional<DerivedEstimate> derivation) {

    /** The estimates and the derived figures in one {@code asOf} order; a derived figure after the estimates of its period. */
    static List<FigureRow> inTimeOrder(List<Estimate> estimates, List<DerivedEstimate> derived, Marks marks) {
        List<FigureRow> rows = new ArrayList<>();
        estimates.forEach(e -> rows.add(new FigureRow(e.asOf(), e.quantity(), e.source(), marks.id(e.id()),
                Optional.of(e), Optional.empty())));
        derived.forEach(d -> rows.add(new FigureRow(d.asOf(), d.quantity(), d.source().orElse("(several)"), "derived",
                Optional.empty(), Optional.of(d))));
        rows.sort(Comparator.comparing(FigureRow::asOf));
        return rows;
    }
}
