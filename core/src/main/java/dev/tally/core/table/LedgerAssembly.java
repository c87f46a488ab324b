package dev.tally.core.table;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.InvalidLedgerException;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerViolation;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import dev.tally.core.spi.EstimatePlaces;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * The records read from a workbook, each with the place it came from, so that a ledger invariant
 * the records break is reported at the row and cell that holds the record at fault.
 */
final class LedgerAssembly {

    private final List<Source> sources = new ArrayList<>();
    private final List<Location> sourcePlaces = new ArrayList<>();
    private final List<Subject> subjects = new ArrayList<>();
    private final List<Location> subjectPlaces = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<TableRow<MetricColumn>> metricRows = new ArrayList<>();
    /**
     * The ledger's builder, which takes each estimate as it is read (a table may hold millions, kept
     * in one list only), and the other records when the ledger is built.
     */
    private final Ledger.Builder ledger = Ledger.builder();
    private int estimateCount;
    /** The layouts of the estimates' rows: one, or one per metric of a wide table. */
    private final List<TableLayout<EstimateColumn>> estimateLayouts = new ArrayList<>();
    private int[] estimateRows = new int[16];
    /** The index in {@link #estimateLayouts} of each estimate's layout. */
    private int[] estimateLayoutIndexes = new int[16];

    void add(Source source, Location place) {
        sources.add(source);
        sourcePlaces.add(place);
    }

    void add(Subject subject, Location place) {
        subjects.add(subject);
        subjectPlaces.add(place);
    }

    void add(Metric metric, TableRow<MetricColumn> row) {
        metrics.add(metric);
        metricRows.add(row);
    }

    void add(Estimate estimate, TableLayout<EstimateColumn> layout, int row) {
        if (estimateCount == estimateRows.length) {
            estimateRows = java.util.Arrays.copyOf(estimateRows, estimateRows.length * 2);
            estimateLayoutIndexes = java.util.Arrays.copyOf(estimateLayoutIndexes, estimateRows.length);
        }
        int layoutIndex = estimateLayouts.indexOf(layout);
        if (layoutIndex < 0) {
            layoutIndex = estimateLayouts.size();
            estimateLayouts.add(layout);
        }
        estimateLayoutIndexes[estimateCount] = layoutIndex;
        estimateRows[estimateCount++] = row;
        ledger.add(estimate);
    }

    /**
     * A ledger holding only the metrics read, to look metric names up in.
     *
     * @param problems  where the metrics' broken invariants go
     * @return the ledger, or the empty ledger if the metrics break an invariant
     */
    Ledger metricsOnly(Problems problems) {
        Ledger.Builder builder = Ledger.builder();
        metrics.forEach(builder::add);
        try {
            return builder.build();
        } catch (InvalidLedgerException e) {
            e.violations().forEach(v -> problems.add(place(v), v.message()));
            return Ledger.empty();
        }
    }

    /**
     * Builds the ledger.
     *
     * @param problems  where broken invariants go, each at the place of the record at fault
     * @return the ledger, each estimate's fields placed at their cells, or null if the records break an invariant
     */
    PlacedLedger build(Problems problems) {
        sources.forEach(ledger::add);
        subjects.forEach(ledger::add);
        metrics.forEach(ledger::add);
        try {
            return new PlacedLedger(ledger.build(), estimatePlaces());
        } catch (InvalidLedgerException e) {
            e.violations().forEach(v -> problems.add(place(v), v.message()));
            return null;
        }
    }

    /** Each field of an estimate at its cell: the column of the same name on the estimate's row. */
    private EstimatePlaces estimatePlaces() {
        if (estimateCount == 0) {
            return EstimatePlaces.unknown();
        }
        int[] rows = java.util.Arrays.copyOf(estimateRows, estimateCount);
        int[] layouts = java.util.Arrays.copyOf(estimateLayoutIndexes, estimateCount);
        List<TableLayout<EstimateColumn>> known = List.copyOf(estimateLayouts);
        return (index, field) -> known.get(layouts[index]).at(EstimateColumn.valueOf(field.name()), rows[index]);
    }

    private Location place(LedgerViolation v) {
        switch (v.part()) {
            case SOURCE:
                return sourcePlaces.get(v.index());
            case SUBJECT:
                return subjectPlaces.get(v.index());
            case METRIC:
                TableRow<MetricColumn> row = metricRows.get(v.index());
                return row.at(v.rule() == LedgerViolation.Rule.DUPLICATE_ID ? MetricColumn.ID
                        : row.has(MetricColumn.PART_OF) ? MetricColumn.PART_OF
                        : MetricColumn.CANNOT_EXCEED);
            default:
                return estimateLayouts.get(estimateLayoutIndexes[v.index()]).at(estimateColumn(v.rule()),
                        estimateRows[v.index()]);
        }
    }

    private static EstimateColumn estimateColumn(LedgerViolation.Rule rule) {
        switch (rule) {
            case DUPLICATE_ID:
                return EstimateColumn.ID;
            case UNKNOWN_SOURCE:
                return EstimateColumn.SOURCE;
            case UNKNOWN_SUBJECT:
                return EstimateColumn.SUBJECT;
            case UNKNOWN_METRIC:
                return EstimateColumn.METRIC;
            default:
                return EstimateColumn.REVISES;
        }
    }
}
