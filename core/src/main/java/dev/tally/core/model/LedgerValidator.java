package dev.tally.core.model;

import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.LedgerViolation.Rule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/** Finds every violation of the ledger's invariants in one pass over its records. */
final class LedgerValidator {

    private final List<Source> sources;
    private final List<Subject> subjects;
    private final List<Metric> metrics;
    private final List<Estimate> estimates;
    private final IntUnaryOperator metricPosition;
    private final Map<String, Metric> metricById = new HashMap<>();
    private final Map<String, Integer> estimateIndex;
    private final List<LedgerViolation> violations = new ArrayList<>();

    /**
     * @param metrics  the built-in metrics (or their redefinitions), then those added
     * @param positions  the builder position of each metric, so that violations name it
     */
    LedgerValidator(List<Source> sources, List<Subject> subjects, List<Metric> metrics, List<Estimate> estimates,
                    int[] positions) {
        this.sources = sources;
        this.subjects = subjects;
        this.metrics = metrics;
        this.estimates = estimates;
        this.metricPosition = i -> positions[i];
        this.estimateIndex = new HashMap<>(Math.max(16, estimates.size() * 4 / 3 + 1));
    }

    List<LedgerViolation> violations() {
        Set<String> sourceIds = unique(sources, Source::id, Part.SOURCE, "source");
        Set<String> subjectIds = unique(subjects, Subject::id, Part.SUBJECT, "subject");
        for (int i = 0; i < metrics.size(); i++) {
            String id = metrics.get(i).id();
            Metric first = metricById.putIfAbsent(id, metrics.get(i));
            if (first != null) {
                add(Rule.DUPLICATE_ID, Part.METRIC, metricPosition.applyAsInt(i), List.of(id),
                        MetricCatalog.builtIn().stream().anyMatch(m -> m.id().equals(id))
                                ? "metric id \"" + id + "\" is a built-in metric that the ledger already redefines "
                                        + "otherwise; define it once"
                                : "metric id \"" + id + "\" is used more than once");
            }
        }
        for (int i = 0; i < estimates.size(); i++) {
            String id = estimates.get(i).id();
            if (estimateIndex.putIfAbsent(id, i) != null) {
                add(Rule.DUPLICATE_ID, Part.ESTIMATE, i, List.of(id), "estimate id \"" + id + "\" is used more than once");
            }
        }
        checkMetrics();
        for (int i = 0; i < estimates.size(); i++) {
            checkEstimate(i, estimates.get(i), sourceIds, subjectIds);
        }
        findRevisionCycles();
        violations.sort(Comparator.comparing(LedgerViolation::part).thenComparingInt(LedgerViolation::index));
        return violations;
    }

    private <T> Set<String> unique(List<T> records, Function<T, String> id, Part part, String noun) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String key = id.apply(records.get(i));
            if (!seen.add(key)) {
                add(Rule.DUPLICATE_ID, part, i, List.of(key),
                        noun + " id \"" + key + "\" is used more than once");
            }
        }
        return seen;
    }

    private void checkMetrics() {
        for (int i = 0; i < metrics.size(); i++) {
            Metric metric = metrics.get(i);
            int position = metricPosition.applyAsInt(i);
            metric.partOf().filter(whole -> !metricById.containsKey(whole)).ifPresent(whole ->
                    add(Rule.UNKNOWN_METRIC, Part.METRIC, position, List.of(metric.id(), whole),
                            "metric " + metric.id() + " is part of \"" + whole + "\", which is not a metric of the ledger"));
            metric.cannotExceed().filter(bound -> !metricById.containsKey(bound)).ifPresent(bound ->
                    add(Rule.UNKNOWN_METRIC, Part.METRIC, position, List.of(metric.id(), bound),
                            "metric " + metric.id() + " cannot exceed \"" + bound + "\", which is not a metric of the ledger"));
            if (metric.partOf().isPresent() && MetricRelations.isPartOf(metricById, metric.id(), metric.id())) {
                add(Rule.METRIC_CYCLE, Part.METRIC, position, List.of(metric.id()),
                        "metric " + metric.id() + " is, through its wholes, a part of itself");
            }
        }
    }

    private void checkEstimate(int index, Estimate estimate, Set<String> sourceIds, Set<String> subjectIds) {
        String id = estimate.id();
        if (!sourceIds.contains(estimate.source())) {
            add(Rule.UNKNOWN_SOURCE, Part.ESTIMATE, index, List.of(id, estimate.source()),
                    "estimate " + id + " names source \"" + estimate.source() + "\", which is not in the ledger");
        }
        if (!subjectIds.contains(estimate.subject())) {
            add(Rule.UNKNOWN_SUBJECT, Part.ESTIMATE, index, List.of(id, estimate.subject()),
                    "estimate " + id + " names subject \"" + estimate.subject() + "\", which is not in the ledger");
        }
        if (!metricById.containsKey(estimate.metric())) {
            add(Rule.UNKNOWN_METRIC, Part.ESTIMATE, index, List.of(id, estimate.metric()),
                    "estimate " + id + " names metric \"" + estimate.metric() + "\", which is not in the ledger");
        }
        for (Revision revision : estimate.revises()) {
            checkRevision(index, estimate, revision.target());
        }
    }

    private void checkRevision(int index, Estimate estimate, String targetId) {
        String id = estimate.id();
        Integer targetIndex = estimateIndex.get(targetId);
        if (targetIndex == null) {
            add(Rule.UNKNOWN_REVISED_ESTIMATE, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " revises \"" + targetId + "\", which is not in the ledger");
            return;
        }
        Estimate target = estimates.get(targetIndex);
        if (!target.subject().equals(estimate.subject())) {
            add(Rule.REVISION_ACROSS_SUBJECTS, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " (subject " + estimate.subject() + ") revises " + targetId
                            + ", which is about another subject (" + target.subject() + ")");
        }
        if (!target.metric().equals(estimate.metric())
                && !MetricRelations.isPartOf(metricById, target.metric(), estimate.metric())) {
            add(Rule.REVISION_ACROSS_METRICS, Part.ESTIMATE, index, List.of(id, targetId),
                    "estimate " + id + " (" + estimate.metric() + ") revises " + targetId + " (" + target.metric()
                            + "), but " + target.metric() + " is neither " + estimate.metric() + " nor a part of it");
        }
    }

    /**
     * Depth-first search without recursion, so that long revision chains cannot overflow the stack;
     * one stack for the whole search, and estimates that revise nothing are never pushed.
     */
    private void findRevisionCycles() {
        int[] state = new int[estimates.size()];
        final int open = 1;
        final int done = 2;
        Deque<int[]> stack = new ArrayDeque<>();
        List<Integer> path = new ArrayList<>();
        for (int root = 0; root < estimates.size(); root++) {
            if (state[root] != 0 || estimates.get(root).revises().isEmpty()) {
                continue;
            }
            stack.push(new int[] {root, 0});
            state[root] = open;
            path.add(root);
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                List<Revision> revises = estimates.get(frame[0]).revises();
                if (frame[1] == revises.size()) {
                    state[frame[0]] = done;
                    path.remove(path.size() - 1);
                    stack.pop();
                    continue;
                }
                Integer next = estimateIndex.get(revises.get(frame[1]++).target());
                if (next == null || state[next] == done || estimates.get(next).revises().isEmpty()) {
                    continue;
                }
                if (state[next] == open) {
                    reportCycle(path.subList(path.indexOf(next), path.size()));
                    continue;
                }
                state[next] = open;
                path.add(next);
                stack.push(new int[] {next, 0});
            }
        }
    }

    private void reportCycle(List<Integer> cycle) {
        List<String> ids = cycle.stream().map(i -> estimates.get(i).id()).toList();
        String chain = String.join(" → ", ids) + " → " + ids.get(0);
        add(Rule.REVISION_CYCLE, Part.ESTIMATE, cycle.get(0), ids, "revisions form a cycle: " + chain);
    }

    private void add(Rule rule, Part part, int index, List<String> ids, String message) {
        violations.add(new LedgerViolation(rule, part, index, ids, message));
    }
}
