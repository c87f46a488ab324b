package dev.tally.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The metrics of a ledger after more are added to it: a metric equal to a built-in one changes
 * nothing, the first to redefine a built-in one takes its slot, the others come after; with the
 * position of each in the builder, so that violations name it.
 */
final class MetricSlots {

    private final List<Metric> all;
    private final int[] positions;
    private final boolean redefines;

    private MetricSlots(List<Metric> all, int[] positions, boolean redefines) {
        this.all = all;
        this.positions = positions;
        this.redefines = redefines;
    }

    /**
     * @param base  the ledger's metrics: the built-in ones (or their redefinitions), then those added;
     *              each at its position in the builder
     * @param offset  the builder position of the first metric added
     * @param added  the metrics added
     */
    static MetricSlots of(List<Metric> base, int offset, List<Metric> added) {
        List<Metric> builtIn = MetricCatalog.builtIn();
        List<String> builtInIds = builtIn.stream().map(Metric::id).toList();
        List<Metric> all = new ArrayList<>(base);
        int[] positions = new int[base.size() + added.size()];
        Arrays.setAll(positions, i -> i);
        int size = base.size();
        boolean redefines = false;
        for (int i = 0; i < added.size(); i++) {
            Metric metric = added.get(i);
            if (builtIn.contains(metric)) {
                continue;
            }
            int slot = builtInIds.indexOf(metric.id());
            if (slot >= 0 && all.get(slot).equals(builtIn.get(slot))) {
                redefines = true;
                all.set(slot, metric);
                positions[slot] = offset + i;
            } else {
                all.add(metric);
                positions[size++] = offset + i;
            }
        }
        return new MetricSlots(List.copyOf(all), positions, redefines);
    }

    /** The built-in metrics (or their redefinitions), then the others. */
    List<Metric> all() {
        return all;
    }

    /** The builder position of the metric at the given index of {@link #all()}. */
    int position(int index) {
        return positions[index];
    }

    /** Whether an added metric redefines a built-in metric that the base did not redefine. */
    boolean redefines() {
        return redefines;
    }
}
