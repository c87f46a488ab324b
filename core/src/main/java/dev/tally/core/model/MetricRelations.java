package dev.tally.core.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Walks the part-of relation between metrics. */
final class MetricRelations {

    private MetricRelations() {
    }

    /**
     * Whether {@code part} is a part of {@code whole}, directly or through other parts; safe on cycles.
     * {@code metrics} finds a metric by id, or gives null.
     */
    static boolean isPartOf(Function<String, Metric> metrics, String part, String whole) {
        Set<String> seen = new HashSet<>();
        Metric current = metrics.apply(part);
        while (current != null && current.partOf().isPresent() && seen.add(current.id())) {
            String parent = current.partOf().get();
            if (parent.equals(whole)) {
                return true;
            }
            current = metrics.apply(parent);
        }
        return false;
    }
}
