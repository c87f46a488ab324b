package dev.tally.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Metric names that join metrics: "killed and wounded", "killed, wounded and missing", "missing or
 * captured", "KIA/WIA", "MIA/POW". Such a name means the metric whose parts are exactly the joined
 * metrics, whatever the ledger calls it.
 */
final class JoinedMetricNames {

    private static final Pattern JOINERS = Pattern.compile("\\s*(?:,|/|&|\\+|\\band\\b|\\bor\\b)\\s*",
            Pattern.CASE_INSENSITIVE);

    private JoinedMetricNames() {
    }

    /**
     * The metrics a name joins, each found by {@code single}; empty unless it joins two or more
     * distinct metrics and every name between the joiners is one.
     */
    static Optional<List<Metric>> joined(String text, Function<String, Optional<Metric>> single) {
        String[] names = JOINERS.split(text.strip());
        if (names.length < 2) {
            return Optional.empty();
        }
        List<Metric> parts = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            Optional<Metric> metric = single.apply(name.strip());
            if (metric.isEmpty()) {
                return Optional.empty();
            }
            if (!parts.contains(metric.get())) {
                parts.add(metric.get());
            }
        }
        return parts.size() < 2 ? Optional.empty() : Optional.of(List.copyOf(parts));
    }

    /** The metric whose parts are exactly these, if the metrics hold one. */
    static Optional<Metric> wholeOf(List<Metric> parts, List<Metric> metrics) {
        Set<String> wanted = parts.stream().map(Metric::id).collect(Collectors.toSet());
        return metrics.stream().filter(whole -> metrics.stream()
                        .filter(m -> m.partOf().filter(whole.id()::equals).isPresent()).map(Metric::id)
                        .collect(Collectors.toSet()).equals(wanted))
                .findFirst();
    }

    /** The metric to add for a joined name that no metric stands for: the ids joined, the name as written. */
    static Metric proposal(String text, List<Metric> parts) {
        String id = parts.stream().map(Metric::id).collect(Collectors.joining("-"));
        String name = text.strip();
        return Metric.of(id, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }
}
