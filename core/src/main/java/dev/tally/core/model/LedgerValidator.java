package dev.tally.core.model;

import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.LedgerViolation.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Finds every violation of the ledger's invariants that records added to a valid ledger (the base)
 * bring, in one pass over the records added; to check a whole ledger, add it to the empty one.
 *
 * <p>The base's records are not checked again: adding records only adds ids, so what the base's
 * records name still resolves, to the same records (the first of an id wins), and no estimate of the
 * base revises an added one, so a revision cycle runs through added estimates only. The exception is
 * a redefined built-in metric, which may change what the base's revisions may revise: then the base's
 * metrics and estimates are checked again. Metrics are few: when any is added, all are checked.
 */
final class LedgerValidator {

    private final Ledger base;
    private final List<Source> sources;
    private final List<Subject> subjects;
    private final MetricSlots metrics;
    private final AddedEstimates added;
    private final List<Estimate> estimates;
    /** The metrics of the ledger: the base's, or the base's with those added. */
    private final List<Metric> metricList;
    /** The position in {@link #metricList} of every metric by id, the first of an id. */
    private final Map<String, Integer> metricPositions = new HashMap<>();
    private final int baseEstimates;
    /** Per added estimate, the positions of what it names: {@link EstimateReferences}' rows. */
    private final int[] references;
    private final List<LedgerViolation> violations = new ArrayList<>();

    /**
     * @param base  the valid ledger the records are added to
     * @param metrics  the base's metrics with those added; empty when none is added
     */
    LedgerValidator(Ledger base, List<Source> sources, List<Subject> subjects, Optional<MetricSlots> metrics,
                    AddedEstimates estimates) {
        this.base = base;
        this.sources = sources;
        this.subjects = subjects;
        this.metrics = metrics.orElse(null);
        this.metricList = metrics.map(MetricSlots::all).orElse(base.metrics());
        this.added = estimates;
        this.estimates = estimates.list();
        this.baseEstimates = base.estimates().size();
        this.references = new int[EstimateReferences.WIDTH * this.estimates.size()];
    }

    /** The rows of {@link EstimateReferences} of the added estimates, found by {@link #violations()}. */
    int[] references() {
        return references;
    }

    List<LedgerViolation> violations() {
        ToIntFunction<String> sourceIds = unique(sources, Source::id, base::sourcePosition,
                base.sources().size(), Part.SOURCE, "source");
        ToIntFunction<String> subjectIds = unique(subjects, Subject::id, base::subjectPosition,
                base.subjects().size(), Part.SUBJECT, "subject");
        if (metrics != null) {
            checkMetricIds();
            checkMetrics();
        } else {
            for (int i = 0; i < metricList.size(); i++) {
                metricPositions.put(metricList.get(i).id(), i);
            }
        }
        if (metrics != null && metrics.redefines()) {
            int index = 0;
            for (Estimate estimate : base.estimates()) {
                checkReferences(index, estimate, sourceIds, subjectIds);
                checkRevisions(index++, estimate);
            }
        }
        // Only when an added estimate revises one added at or after it may the revisions form a cycle.
        if (checkAddedEstimates(sourceIds, subjectIds)) {
            findRevisionCycles();
        }
        violations.sort(Comparator.comparing(LedgerViolation::part).thenComparingInt(LedgerViolation::index));
        return violations;
    }

    /**
     * Reports the added records whose id is taken; the position of a record of the base or of those
     * added by its id, -1 for none.
     */
    private <T> ToIntFunction<String> unique(List<T> records, Function<T, String> id, ToIntFunction<String> inBase,
                                             int offset, Part part, String noun) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String key = id.apply(records.get(i));
            if (inBase.applyAsInt(key) >= 0 || seen.putIfAbsent(key, offset + i) != null) {
                add(Rule.DUPLICATE_ID, part, offset + i, List.of(key),
                        noun + " id \"" + key + "\" is used more than once");
            }
        }
        return key -> {
            Integer position = seen.get(key);
            return position != null ? position : inBase.applyAsInt(key);
        };
    }

    private void checkMetricIds() {
        for (int i = 0; i < metrics.all().size(); i++) {
            String id = metrics.all().get(i).id();
            if (metricPositions.putIfAbsent(id, i) != null) {
                add(Rule.DUPLICATE_ID, Part.METRIC, metrics.position(i), List.of(id),
                        MetricCatalog.builtIn().stream().anyMatch(m -> m.id().equals(id))
                                ? "metric id \"" + id + "\" is a built-in metric that the ledger already redefines "
                                        + "otherwise; define it once"
                                : "metric id \"" + id + "\" is used more than once");
            }
        }
    }

    private void checkMetrics() {
        for (int i = 0; i < metrics.all().size(); i++) {
            Metric metric = metrics.all().get(i);
            int position = metrics.position(i);
            metric.partOf().filter(whole -> !metricPositions.containsKey(whole)).ifPresent(whole ->
                    add(Rule.UNKNOWN_METRIC, Part.METRIC, position, List.of(metric.id(), whole),
                            "metric " + metric.id() + " is part of \"" + whole + "\", which is not a metric of the ledger"));
            metric.cannotExceed().filter(bound -> !metricPositions.containsKey(bound)).ifPresent(bound ->
                    add(Rule.UNKNOWN_METRIC, Part.METRIC, position, List.of(metric.id(), bound),
                            "metric " + metric.id() + " cannot exceed \"" + bound + "\", which is not a metric of the ledger"));
            if (metric.partOf().isPresent() && MetricRelations.isPartOf(this::metric, metric.id(), metric.id())) {
                add(Rule.METRIC_CYCLE, Part.METRIC, position, List.of(metric.id()),
                        "metric " + metric.id() + " is, through its wholes, a part of itself");
            }
        }
    }

    /**
     * Checks the added estimates in one pass: the id of each, its references and its revisions;
     * whether one revises an estimate added at or after it.
     */
    private boolean checkAddedEstimates(ToIntFunction<String> sourceIds, ToIntFunction<String> subjectIds) {
        boolean revisesForward = false;
        for (int i = 0; i < estimates.size(); i++) {
            Estimate estimate = estimates.get(i);
            String id = estimate.id();
            if (inBase(id) || added.repeatsAnId(i)) {
                add(Rule.DUPLICATE_ID, Part.ESTIMATE, baseEstimates + i, List.of(id),
                        "estimate id \"" + id + "\" is used more than once");
            }
            checkReferences(baseEstimates + i, estimate, sourceIds, subjectIds);
            revisesForward |= checkRevisions(baseEstimates + i, estimate);
        }
        return revisesForward;
    }

    /** Checks the references of the estimate at the ledger position {@code index}, keeping their positions. */
    private void checkReferences(int index, Estimate estimate, ToIntFunction<String> sourceIds,
                                 ToIntFunction<String> subjectIds) {
        String id = estimate.id();
        int source = sourceIds.applyAsInt(estimate.source());
        int subject = subjectIds.applyAsInt(estimate.subject());
        Integer metric = metricPositions.get(estimate.metric());
        keep(index, EstimateReferences.SOURCE, source);
        keep(index, EstimateReferences.SUBJECT, subject);
        keep(index, EstimateReferences.METRIC, metric == null ? -1 : metric);
        if (source < 0) {
            add(Rule.UNKNOWN_SOURCE, Part.ESTIMATE, index, List.of(id, estimate.source()),
                    "estimate " + id + " names source \"" + estimate.source() + "\", which is not in the ledger");
        }
        if (subject < 0) {
            add(Rule.UNKNOWN_SUBJECT, Part.ESTIMATE, index, List.of(id, estimate.subject()),
                    "estimate " + id + " names subject \"" + estimate.subject() + "\", which is not in the ledger");
        }
        if (metric == null) {
            add(Rule.UNKNOWN_METRIC, Part.ESTIMATE, index, List.of(id, estimate.metric()),
                    "estimate " + id + " names metric \"" + estimate.metric() + "\", which is not in the ledger");
        }
    }

    /**
     * Checks the revisions of an estimate, keeping the position of the first revised; whether one is
     * of an estimate added at or after it.
     */
    private boolean checkRevisions(int index, Estimate estimate) {
        boolean forward = false;
        List<Revision> revises = estimate.revises();
        int first = -1;
        for (int r = 0; r < revises.size(); r++) {
            int target = checkRevision(index, estimate, revises.get(r).target());
            first = r == 0 ? target : first;
            forward |= target >= index;
        }
        keep(index, EstimateReferences.REVISED, EstimateReferences.revisedCode(revises, first));
        return forward;
    }

    /** Checks one revision; the ledger position of the estimate it revises, or -1 if there is none. */
    private int checkRevision(int index, Estimate estimate, String targetId) {
        String id = estimate.id();
        int position = baseEstimates == 0 ? -1 : base.estimatePosition(targetId);
        if (position < 0) {
            position = added.position(targetId);
            position = position < 0 ? -1 : baseEstimates + position;
        }
        if (position < 0) {
            add(Rule.UNKNOWN_REVISED_ESTIMATE, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " revises \"" + targetId + "\", which is not in the ledger");
            return -1;
        }
        Estimate target = position < baseEstimates ? base.estimates().get(position)
                : estimates.get(position - baseEstimates);
        if (!target.subject().equals(estimate.subject())) {
            add(Rule.REVISION_ACROSS_SUBJECTS, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " (subject " + estimate.subject() + ") revises " + targetId
                            + ", which is about another subject (" + target.subject() + ")");
        }
        if (!target.metric().equals(estimate.metric())
                && !MetricRelations.isPartOf(this::metric, target.metric(), estimate.metric())) {
            add(Rule.REVISION_ACROSS_METRICS, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " (" + estimate.metric() + ") revises " + targetId + " (" + target.metric()
                            + "), but " + target.metric() + " is neither " + estimate.metric() + " nor a part of it");
        }
        return position;
    }

    /** Keeps a position that the added estimate at the ledger position {@code index} names; nothing for the base's. */
    private void keep(int index, int column, int position) {
        if (index >= baseEstimates) {
            references[(index - baseEstimates) * EstimateReferences.WIDTH + column] = position;
        }
    }

    /** The metric with the given id, or null. */
    private Metric metric(String id) {
        Integer position = metricPositions.get(id);
        return position == null ? null : metricList.get(position);
    }

    /** The position of the added estimate with the given id, the first of it, unless the base holds the id; or -1. */
    private int addedPosition(String id) {
        return inBase(id) ? -1 : added.position(id);
    }

    /** Whether the base holds an estimate with the given id. */
    private boolean inBase(String id) {
        return baseEstimates > 0 && base.estimate(id).isPresent();
    }

    /**
     * Depth-first search over the added estimates without recursion, so that long revision chains
     * cannot overflow the stack; one stack for the whole search, which is also the path followed, and
     * estimates that revise nothing are never pushed. A revision of an estimate of the base leads to no
     * cycle and is not followed.
     */
    private void findRevisionCycles() {
        int[] state = new int[estimates.size()];
        final int open = 1;
        final int done = 2;
        int[] path = new int[Math.min(16, estimates.size())];
        int[] nextRevision = new int[path.length];
        for (int root = 0; root < estimates.size(); root++) {
            if (state[root] != 0 || estimates.get(root).revises().isEmpty()) {
                continue;
            }
            int depth = 1;
            path[0] = root;
            nextRevision[0] = 0;
            state[root] = open;
            while (depth > 0) {
                int top = depth - 1;
                List<Revision> revises = estimates.get(path[top]).revises();
                if (nextRevision[top] == revises.size()) {
                    state[path[top]] = done;
                    depth--;
                    continue;
                }
                int next = addedPosition(revises.get(nextRevision[top]++).target());
                if (next < 0 || state[next] == done || estimates.get(next).revises().isEmpty()) {
                    continue;
                }
                if (state[next] == open) {
                    reportCycle(path, indexOf(path, next), depth);
                    continue;
                }
                if (depth == path.length) {
                    path = Arrays.copyOf(path, depth * 2);
                    nextRevision = Arrays.copyOf(nextRevision, depth * 2);
                }
                state[next] = open;
                path[depth] = next;
                nextRevision[depth++] = 0;
            }
        }
    }

    private static int indexOf(int[] values, int value) {
        int i = 0;
        while (values[i] != value) {
            i++;
        }
        return i;
    }

    /** Reports the cycle that the path runs from {@code from} to {@code to} (exclusive) and back. */
    private void reportCycle(int[] path, int from, int to) {
        List<String> ids = Arrays.stream(path, from, to).mapToObj(i -> estimates.get(i).id()).toList();
        String chain = String.join(" → ", ids) + " → " + ids.get(0);
        add(Rule.REVISION_CYCLE, Part.ESTIMATE, baseEstimates + path[from], ids, "revisions form a cycle: " + chain);
    }

    private void add(Rule rule, Part part, int index, List<String> ids, String message) {
        violations.add(new LedgerViolation(rule, part, index, ids, message));
    }
}
