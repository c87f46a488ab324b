package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateReferences;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Source;
import dev.tally.core.model.Subject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The estimates of a ledger as known at a date, indexed once for the views that {@link Knowledge}
 * serves: subjects, metrics, sources and periods as numbers in their sort order, periods' first and
 * last days as epoch days, figures as plain numbers, and the known estimates in the orders the
 * views walk (by series, by period, by start). Estimates are named by their position in the index:
 * the ledger's estimates grouped by subject, in the ledger's order within each subject, so that the
 * views, which walk one subject at a time, read each array in one small stretch. Every order sorts
 * by subject first, so two positions of one subject compare as their places in the ledger do.
 * Comparing two estimates in these orders allocates nothing.
 *
 * <p>Built lazily by {@link Knowledge} and shared by every view of it; immutable once built, each
 * order made on first use.
 */
final class LedgerIndex {

    /** A best or high the figure does not have: an upper bound has no best, a lower bound no high. */
    static final long NONE = -1;
    private static final Quantity.Form[] FORMS = Quantity.Form.values();

    /** The estimates, by position. */
    private final Estimate[] estimates;
    private final Codes<String> subjects;
    private final Codes<String> metrics;
    private final Codes<String> sources;
    private final Codes<Period> periods;
    /** Per position: the numbers of its subject, metric, source, period and reported period. */
    final int[] subject;
    final int[] metric;
    final int[] source;
    final int[] asOf;
    final int[] reported;
    /**
     * Per position: the number of the first day of its period, among the periods' first days ({@link
     * #starts} of them); made on first use, by the orders by start.
     */
    private int[] start;
    private int starts;
    /** Per period number: its first and last day, as epoch days. */
    private final long[] firstDay;
    private final long[] lastDay;
    /** Per position: its figure's form (as {@link Quantity.Form#ordinal()}), low, best and high ({@link #NONE} when absent). */
    private final byte[] form;
    final long[] low;
    final long[] best;
    final long[] high;
    /** Per position: whether it is an increment, and whether a known estimate superseded or withdrew it. */
    final boolean[] increment;
    final boolean[] superseded;
    final boolean[] withdrawn;
    /** The positions known at the date, by subject, in ledger order within each. */
    private final int[] known;
    private int[] bySeries;
    private int[] byPeriod;
    private int[] incrementsByStart;
    private int[] byStart;
    private double[] weights;
    private int[] seriesRuns;
    private int[] periodRuns;

    LedgerIndex(Knowledge knowledge) {
        Ledger ledger = knowledge.ledger();
        EstimateReferences references = ledger.references();
        int[] subjectOf = references.subjects();
        subjects = codes(subjectOf, ledger.subjects(), Subject::id);
        int[] metricOf = references.metrics();
        metrics = codes(metricOf, ledger.metrics(), Metric::id);
        int[] sourceOf = references.sources();
        sources = codes(sourceOf, ledger.sources(), Source::id);
        LedgerColumns columns = new LedgerColumns(knowledge, subjectOf, subjects.size(), metricOf, sourceOf);
        estimates = columns.estimates;
        subject = columns.subject;
        metric = columns.metric;
        source = columns.source;
        form = columns.form;
        low = columns.low;
        best = columns.best;
        high = columns.high;
        increment = columns.increment;
        superseded = columns.superseded;
        withdrawn = columns.withdrawn;
        asOf = columns.asOf;
        reported = columns.reported;
        periods = columns.periods;
        firstDay = new long[periods.size()];
        lastDay = new long[periods.size()];
        for (int c = 0; c < periods.size(); c++) {
            firstDay[c] = periods.value(c).start().toEpochDay();
            lastDay[c] = periods.value(c).end().toEpochDay();
        }
        known = known(knowledge);
    }

    /** The number of the first day of each position's period, as {@link #start} holds them. */
    private synchronized int[] start() {
        if (start == null) {
            long[] distinctStarts = Arrays.stream(firstDay).distinct().sorted().toArray();
            int[] startOf = Arrays.stream(firstDay).mapToInt(day -> Arrays.binarySearch(distinctStarts, day)).toArray();
            int[] numbers = new int[asOf.length];
            for (int q = 0; q < numbers.length; q++) {
                numbers[q] = startOf[asOf[q]];
            }
            starts = distinctStarts.length;
            start = numbers;
        }
        return start;
    }

    /**
     * The positions known at the knowledge's date, in order: whether an estimate is known depends on
     * its reported period alone, asked once per period.
     */
    private int[] known(Knowledge knowledge) {
        boolean[] knownWhenReported = new boolean[periods.size()];
        for (int c = 0; c < knownWhenReported.length; c++) {
            knownWhenReported[c] = knowledge.isKnownWhenReported(periods.value(c));
        }
        int[] positions = new int[reported.length];
        int count = 0;
        for (int q = 0; q < reported.length; q++) {
            if (knownWhenReported[reported[q]]) {
                positions[count++] = q;
            }
        }
        return count == positions.length ? positions : Arrays.copyOf(positions, count);
    }

    /**
     * The codes of the records that estimates name, by their ids; replaces, in place, each position
     * of a record by its code.
     */
    private static <T> Codes<String> codes(int[] positions, List<T> records, Function<T, String> id) {
        Codes<String> codes = Codes.ofPositions(positions, records.size(), position -> id.apply(records.get(position)),
                Comparator.naturalOrder());
        codes.recode(positions);
        return codes;
    }

    /** The weight of each source number's reliability, as {@link Reconciliation#weight} gives it. */
    synchronized double[] weights(Ledger ledger) {
        if (weights == null) {
            weights = new double[sources.size()];
            Arrays.setAll(weights, code -> Reconciliation.weight(ledger, sources.value(code)));
        }
        return weights;
    }

    /** The estimate at a position. */
    Estimate estimate(int position) {
        return estimates[position];
    }

    /** The id of the estimate at a position. */
    String id(int position) {
        return estimate(position).id();
    }

    /** The form of the figure at a position. */
    Quantity.Form form(int position) {
        return FORMS[form[position]];
    }

    /** The first day of the position's period, as an epoch day. */
    long firstDay(int position) {
        return firstDay[asOf[position]];
    }

    /** The last day of the position's period, as an epoch day. */
    long lastDay(int position) {
        return lastDay[asOf[position]];
    }

    /** The last day of the position's reported period, as an epoch day. */
    long reportedLastDay(int position) {
        return lastDay[reported[position]];
    }

    /** The id of a subject number. */
    String subjectOf(int code) {
        return subjects.value(code);
    }

    /** The number of a subject id, or −1 if no estimate is about it. */
    int subjectCode(String id) {
        return subjects.codeOf(id, Comparator.naturalOrder());
    }

    /** The number of a metric id, or −1 if no estimate gives it. */
    int metricCode(String id) {
        return metrics.codeOf(id, Comparator.naturalOrder());
    }

    /** The id of a metric number. */
    String metricOf(int code) {
        return metrics.value(code);
    }

    /** How many metrics the estimates give. */
    int metricCount() {
        return metrics.size();
    }

    /** The id of a source number. */
    String sourceOf(int code) {
        return sources.value(code);
    }

    /** The bucket number of the last day of each period number. */
    long[] lastBuckets(BucketSize by) {
        return periods.values().stream().mapToLong(period -> by.index(period.end())).toArray();
    }

    /** The bucket number of the first day of each period number. */
    long[] firstBuckets(BucketSize by) {
        return periods.values().stream().mapToLong(period -> by.index(period.start())).toArray();
    }

    /**
     * The positions {@code order[from..to)} that the filter keeps, split by basis: {@code {cumulative,
     * increments}}, each in the order's order.
     */
    int[][] byBasis(int[] order, int from, int to, IntPredicate kept) {
        int[] cumulative = new int[to - from];
        int[] increments = new int[to - from];
        int c = 0;
        int i = 0;
        for (int k = from; k < to; k++) {
            int p = order[k];
            if (kept.test(p)) {
                if (increment[p]) {
                    increments[i++] = p;
                } else {
                    cumulative[c++] = p;
                }
            }
        }
        return new int[][] {Arrays.copyOf(cumulative, c), Arrays.copyOf(increments, i)};
    }

    /** The period of a position. */
    Period period(int position) {
        return periods.value(asOf[position]);
    }

    /**
     * Where a subject's positions lie in an order that sorts by subject first: {@code {from, to}};
     * the whole order for subject −1.
     */
    int[] subjectRange(int[] order, int code) {
        if (code < 0) {
            return new int[] {0, order.length};
        }
        return new int[] {firstAtLeast(order, code), firstAtLeast(order, code + 1)};
    }

    private int firstAtLeast(int[] order, int code) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (subject[order[mid]] < code) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The known positions, by subject, in ledger order within each. */
    int[] known() {
        return known;
    }

    /**
     * The known positions by subject, metric and source, each series in {@link Picture#LATEST} order
     * (period, reported, id): the latest of a series is its last.
     */
    synchronized int[] bySeries() {
        if (bySeries == null) {
            int[][] keys = {subject, metric, source, asOf, reported};
            bySeries = Orders.thenById(Orders.sort(known, keys, sizes(keys)), keys, this::id);
        }
        return bySeries;
    }

    /**
     * Where each series (subject, metric and source) of {@link #bySeries} begins, and after the
     * last, its end: series {@code r} is {@code bySeries()[runs[r]..runs[r + 1])}.
     */
    synchronized int[] seriesRuns() {
        if (seriesRuns == null) {
            seriesRuns = runs(bySeries(), subject, metric, source);
        }
        return seriesRuns;
    }

    /** Where each group (subject, source and period) of {@link #byPeriod} begins, and after the last, its end. */
    synchronized int[] periodRuns() {
        if (periodRuns == null) {
            periodRuns = runs(byPeriod(), subject, source, asOf);
        }
        return periodRuns;
    }

    private static int[] runs(int[] order, int[]... keys) {
        IntStream.Builder starts = IntStream.builder();
        for (int from = 0; from < order.length; from = Orders.runEnd(order, from, keys)) {
            starts.add(from);
        }
        return IntStream.concat(starts.build(), IntStream.of(order.length)).toArray();
    }

    /** The runs that lie in {@code order[range[0]..range[1])}, as indexes into the runs: {@code {first, end}}. */
    static int[] runsWithin(int[] runs, int[] range) {
        int first = Arrays.binarySearch(runs, range[0]);
        int end = Arrays.binarySearch(runs, range[1]);
        return new int[] {first < 0 ? -first - 1 : first, end < 0 ? -end - 1 : end};
    }

    /** The known positions by subject, source and period, then metric, then reported and id. */
    synchronized int[] byPeriod() {
        if (byPeriod == null) {
            int[][] keys = {subject, source, asOf, metric, reported};
            byPeriod = Orders.thenById(Orders.sort(known, keys, sizes(keys)), keys, this::id);
        }
        return byPeriod;
    }

    /**
     * The known increments by subject and metric, each group by the first day of its period, then
     * in {@link Picture#LATEST} order.
     */
    synchronized int[] incrementsByStart() {
        if (incrementsByStart == null) {
            int[] increments = Arrays.stream(known).filter(p -> increment[p]).toArray();
            int[][] keys = {subject, metric, start(), asOf, reported};
            incrementsByStart = Orders.thenById(Orders.sort(increments, keys, sizes(keys)), keys, this::id);
        }
        return incrementsByStart;
    }

    /** The known positions by subject, metric and the first day of the period, ties in ledger order. */
    synchronized int[] byStart() {
        if (byStart == null) {
            int[][] keys = {subject, metric, start()};
            byStart = Orders.sort(known, keys, sizes(keys));
        }
        return byStart;
    }

    private int[] sizes(int[][] keys) {
        int[] sizes = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int[] key = keys[k];
            sizes[k] = key == subject ? subjects.size() : key == metric ? metrics.size()
                    : key == source ? sources.size() : key == start ? starts : periods.size();
        }
        return sizes;
    }
}
