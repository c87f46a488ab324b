package dev.tally.core.analysis;

import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The ledger's relations between metrics in the numbers of a {@link LedgerIndex}: each whole with
 * its parts (in the ledger's order of metrics), and the metric each one cannot exceed. A metric no
 * estimate gives has the number −1.
 */
final class MetricRules {

    /** A whole and its parts, with their numbers. */
    record Whole(String id, int code, List<Metric> parts, int[] partCodes) {
    }

    private final List<Whole> wholes;
    private final int[][] partsByCode;
    private final int[] bound;

    private MetricRules(List<Whole> wholes, int[][] partsByCode, int[] bound) {
        this.wholes = wholes;
        this.partsByCode = partsByCode;
        this.bound = bound;
    }

    static MetricRules of(Ledger ledger, LedgerIndex index) {
        Map<String, List<Metric>> partsByWhole = Derivations.partsByWhole(ledger);
        List<Whole> wholes = new ArrayList<>();
        int[][] partsByCode = new int[index.metricCount()][0];
        partsByWhole.forEach((whole, parts) -> {
            int[] codes = parts.stream().mapToInt(p -> index.metricCode(p.id())).toArray();
            Whole rule = new Whole(whole, index.metricCode(whole), parts, codes);
            wholes.add(rule);
            if (rule.code() >= 0) {
                partsByCode[rule.code()] = Arrays.stream(codes).filter(c -> c >= 0).toArray();
            }
        });
        int[] bound = new int[index.metricCount()];
        Arrays.fill(bound, -1);
        for (Metric metric : ledger.metrics()) {
            int code = index.metricCode(metric.id());
            if (code >= 0) {
                bound[code] = metric.cannotExceed().map(index::metricCode).orElse(-1);
            }
        }
        return new MetricRules(List.copyOf(wholes), partsByCode, bound);
    }

    /** Every whole, in the order of {@link Derivations#partsByWhole}. */
    List<Whole> wholes() {
        return wholes;
    }

    /** The numbers of the parts of a whole that estimates give; none if the metric is no whole. */
    int[] parts(int whole) {
        return partsByCode[whole];
    }

    /** The number of the metric this one cannot exceed, or −1. */
    int bound(int metric) {
        return bound[metric];
    }
}
