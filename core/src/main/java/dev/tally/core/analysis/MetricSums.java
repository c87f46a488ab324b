package dev.tally.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The current sums of one subject and metric, as {@link CurrentSums} finds them: per source, its
 * latest cumulative estimate (the head) followed by the current increments from some point on; or,
 * where no source gives a cumulative figure, every increment alone. The sums share one array of
 * increments, and each sum's total, ids, latest period and source are read from tables over its
 * suffixes, made once per subject and metric: a sum costs the same whatever its number of increments.
 */
final class MetricSums {

    /** A source number that no increment of a suffix disagrees with: the empty suffix. */
    private static final int ANY_SOURCE = -2;
    /** The source number of a suffix whose increments come from several sources. */
    private static final int MIXED_SOURCES = -1;
    private static final Bounds NOTHING = new Bounds(0, OptionalLong.of(0), false, OptionalLong.of(0), false);

    private final LedgerIndex index;
    private final int[] increments;
    private final int[] heads;
    private final int[] after;
    private Bounds[] totals;
    private String[] ids;
    private int[] latest;
    private int[] sources;

    /**
     * The sums of a subject and metric; only the increments that some sum takes are kept.
     *
     * @param index  the index the positions belong to
     * @param increments  the current increments, by the first day of their period
     * @param heads  per sum, the position of its cumulative estimate, or −1 for a sum of increments only
     * @param after  per sum, where in {@code increments} its increments begin
     */
    MetricSums(LedgerIndex index, int[] increments, int[] heads, int[] after) {
        int from = Arrays.stream(after).min().orElse(increments.length);
        this.index = index;
        this.increments = Arrays.copyOfRange(increments, from, increments.length);
        this.heads = heads;
        this.after = Arrays.stream(after).map(a -> a - from).toArray();
    }

    /** How many sums there are. */
    int size() {
        return heads.length;
    }

    /** The first position of sum {@code k}: its cumulative estimate, or else its first increment. */
    int first(int k) {
        return heads[k] >= 0 ? heads[k] : increments[after[k]];
    }

    /** How many estimates sum {@code k} adds up. */
    int length(int k) {
        return (heads[k] >= 0 ? 1 : 0) + increments.length - after[k];
    }

    /** The total of sum {@code k}, as {@link Bounds} add figures up. */
    Bounds bounds(int k) {
        if (totals == null) {
            totals = new Bounds[increments.length + 1];
            totals[increments.length] = NOTHING;
            for (int j = increments.length - 1; j >= 0; j--) {
                totals[j] = Bounds.at(index, increments[j]).plus(totals[j + 1]);
            }
        }
        Bounds tail = totals[after[k]];
        return heads[k] < 0 ? tail : Bounds.at(index, heads[k]).plus(tail);
    }

    /** The ids of the estimates of sum {@code k}, in its order: the cumulative one first. */
    List<String> ids(int k) {
        if (length(k) == 1) {
            return List.of(index.id(first(k)));
        }
        if (ids == null) {
            ids = new String[increments.length];
            Arrays.setAll(ids, j -> index.id(increments[j]));
        }
        String[] sum = new String[length(k)];
        int head = heads[k] >= 0 ? 1 : 0;
        if (head == 1) {
            sum[0] = index.id(heads[k]);
        }
        System.arraycopy(ids, after[k], sum, head, increments.length - after[k]);
        return List.of(sum);
    }

    /** The position of sum {@code k} whose period is the latest; the first of them on a tie. */
    int latest(int k) {
        if (latest == null) {
            latest = new int[increments.length + 1];
            latest[increments.length] = -1;
            for (int j = increments.length - 1; j >= 0; j--) {
                latest[j] = later(increments[j], latest[j + 1]);
            }
        }
        int tail = latest[after[k]];
        return heads[k] < 0 ? tail : later(heads[k], tail);
    }

    /** Of a position and the one after it (−1 for none), the one whose period comes later; the first on a tie. */
    private int later(int position, int next) {
        return next >= 0 && index.asOf[next] > index.asOf[position] ? next : position;
    }

    /** Whether every estimate of sum {@code k} comes from one source. */
    boolean oneSource(int k) {
        if (sources == null) {
            sources = new int[increments.length + 1];
            sources[increments.length] = ANY_SOURCE;
            for (int j = increments.length - 1; j >= 0; j--) {
                sources[j] = source(index.source[increments[j]], sources[j + 1]);
            }
        }
        int tail = sources[after[k]];
        return (heads[k] < 0 ? tail : source(index.source[heads[k]], tail)) != MIXED_SOURCES;
    }

    /** The one source of a position and the suffix after it, or {@link #MIXED_SOURCES}. */
    private static int source(int source, int suffix) {
        return suffix == ANY_SOURCE || suffix == source ? source : MIXED_SOURCES;
    }
}
