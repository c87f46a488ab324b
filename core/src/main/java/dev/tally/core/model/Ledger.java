package dev.tally.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable aggregate of sources, subjects, metrics and estimates.
 *
 * <p>A ledger always holds the built-in metrics of {@link MetricCatalog}, possibly redefined (see
 * {@link #redefinedMetrics()}), and keeps its invariants:
 * ids are unique within each kind of record, every reference resolves, revisions are acyclic, stay
 * on their subject and revise the same metric or one of its parts. Adding returns a new ledger;
 * content that would break an invariant is refused with an {@link InvalidLedgerException} that lists
 * every violation. Records keep the order in which they were added.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ledger {

    private static final RecordIndex<Estimate> NO_ESTIMATES = RecordIndex.of(List.of(), Estimate::id);
    private static final Ledger EMPTY = new Ledger(RecordIndex.of(List.of(), Source::id),
            RecordIndex.of(List.of(), Subject::id), RecordIndex.of(MetricCatalog.builtIn(), Metric::id),
            NO_ESTIMATES, EstimateReferences.none(NO_ESTIMATES));

    private final RecordIndex<Source> sources;
    private final RecordIndex<Subject> subjects;
    private final RecordIndex<Metric> metrics;
    private final RecordIndex<Estimate> estimates;
    private final EstimateReferences references;

    private Ledger(RecordIndex<Source> sources, RecordIndex<Subject> subjects, RecordIndex<Metric> metrics,
                   RecordIndex<Estimate> estimates, EstimateReferences references) {
        this.sources = sources;
        this.subjects = subjects;
        this.metrics = metrics;
        this.estimates = estimates;
        this.references = references;
    }

    /**
     * A ledger with the built-in metrics and nothing else.
     *
     * @return the empty ledger, never null
     */
    public static Ledger empty() {
        return EMPTY;
    }

    /**
     * A builder for a new ledger, holding the built-in metrics.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder(EMPTY, 0);
    }

    /**
     * A builder holding this ledger's records, to add more at once.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder(this, metrics.list().size());
    }

    /**
     * This ledger with one more source.
     *
     * @param source  the source, not null
     * @return the new ledger, never null
     * @throws InvalidLedgerException if the id is taken
     */
    public Ledger with(Source source) {
        return toBuilder().add(source).build();
    }

    /**
     * This ledger with one more subject.
     *
     * @param subject  the subject, not null
     * @return the new ledger, never null
     * @throws InvalidLedgerException if the id is taken
     */
    public Ledger with(Subject subject) {
        return toBuilder().add(subject).build();
    }

    /**
     * This ledger with one more metric.
     *
     * @param metric  the metric, not null
     * @return the new ledger, never null
     * @throws InvalidLedgerException if the id is taken or a relation does not resolve
     */
    public Ledger with(Metric metric) {
        return toBuilder().add(metric).build();
    }

    /**
     * This ledger with one more estimate.
     *
     * @param estimate  the estimate, not null
     * @return the new ledger, never null
     * @throws InvalidLedgerException if the estimate breaks an invariant; every violation is listed
     */
    public Ledger with(Estimate estimate) {
        return toBuilder().add(estimate).build();
    }

    /**
     * The sources, in the order they were added.
     *
     * @return the sources, never null, unmodifiable
     */
    public List<Source> sources() {
        return sources.list();
    }

    /**
     * The subjects, in the order they were added.
     *
     * @return the subjects, never null, unmodifiable
     */
    public List<Subject> subjects() {
        return subjects.list();
    }

    /**
     * The metrics: the built-in ones first (each as this ledger defines it), then those added.
     *
     * @return the metrics, never null, unmodifiable
     */
    public List<Metric> metrics() {
        return metrics.list();
    }

    /**
     * The built-in metrics this ledger defines otherwise than {@link MetricCatalog} does, as the
     * ledger defines them.
     *
     * @return the redefined metrics, in catalog order, never null, unmodifiable
     */
    public List<Metric> redefinedMetrics() {
        return metrics.list().subList(0, MetricCatalog.builtIn().size()).stream()
                .filter(m -> !MetricCatalog.builtIn().contains(m)).toList();
    }

    /**
     * The estimates, in the order they were added.
     *
     * @return the estimates, never null, unmodifiable
     */
    public List<Estimate> estimates() {
        return estimates.list();
    }

    /**
     * Where the records that the estimates name lie in this ledger's lists, found when the ledger
     * was checked: to number them by position rather than by id.
     *
     * @return the references, never null
     */
    public EstimateReferences references() {
        return references;
    }

    /** The position of the source with the given id, or -1. */
    int sourcePosition(String id) {
        return sources.position(id);
    }

    /** The position of the subject with the given id, or -1. */
    int subjectPosition(String id) {
        return subjects.position(id);
    }

    /** The position of the estimate with the given id, or -1. */
    int estimatePosition(String id) {
        return estimates.position(id);
    }

    /**
     * The source with the given id.
     *
     * @param id  the id, not null
     * @return the source, or empty if there is none
     */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /**
     * The subject with the given id.
     *
     * @param id  the id, not null
     * @return the subject, or empty if there is none
     */
    public Optional<Subject> subject(String id) {
        return Optional.ofNullable(subjects.get(id));
    }

    /**
     * The metric with the given id.
     *
     * @param id  the id, not null
     * @return the metric, or empty if there is none
     */
    public Optional<Metric> metric(String id) {
        return Optional.ofNullable(metrics.get(id));
    }

    /**
     * The estimate with the given id.
     *
     * @param id  the id, not null
     * @return the estimate, or empty if there is none
     */
    public Optional<Estimate> estimate(String id) {
        return Optional.ofNullable(estimates.get(id));
    }

    /**
     * The metric that a text names by id, name or synonym, ignoring case, spaces and punctuation:
     * "KIA", "dead" and "Killed" all find {@code killed}. A text that joins metric names ("killed
     * and wounded", "KIA/WIA", "missing or captured") finds the metric whose parts are exactly
     * those metrics, as this ledger defines them.
     *
     * @param text  the text, not null
     * @return the metric, or empty if none is named
     */
    public Optional<Metric> findMetric(String text) {
        return namedMetric(text).or(() -> joinedMetrics(text)
                .flatMap(parts -> JoinedMetricNames.wholeOf(parts, metrics.list())));
    }

    /**
     * The metric to add for a text that joins metric names when no metric of this ledger has
     * exactly those parts: its id joins theirs ({@code missing-captured}), its name is the text.
     *
     * @param text  the text, not null
     * @return the metric to add, or empty if the text names a metric or joins no metric names
     */
    public Optional<Metric> proposedJoinedMetric(String text) {
        if (findMetric(text).isPresent()) {
            return Optional.empty();
        }
        return joinedMetrics(text).map(parts -> JoinedMetricNames.proposal(text, parts));
    }

    /**
     * The metrics a text joins ("missing or captured" joins missing and captured), each found by
     * id, name or synonym.
     *
     * @param text  the text, not null
     * @return the joined metrics, two or more; empty if the text joins no metric names
     */
    public Optional<List<Metric>> joinedMetrics(String text) {
        return JoinedMetricNames.joined(text, this::namedMetric);
    }

    private Optional<Metric> namedMetric(String text) {
        return Optional.ofNullable(metrics.get(text)).or(
                () -> metrics.list().stream().filter(m -> m.isNamedBy(text)).findFirst());
    }

    /**
     * Whether one metric is a part of another, directly or through other parts.
     *
     * @param part  the id of the possible part, not null
     * @param whole  the id of the possible whole, not null
     * @return true if {@code part} is a part of {@code whole}; false for a metric and itself
     */
    public boolean isPartOf(String part, String whole) {
        return MetricRelations.isPartOf(metrics::get, part, whole);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Ledger)) {
            return false;
        }
        Ledger that = (Ledger) other;
        return sources.list().equals(that.sources.list()) && subjects.list().equals(that.subjects.list())
                && metrics.list().equals(that.metrics.list()) && estimates.list().equals(that.estimates.list());
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources(), subjects(), metrics(), estimates());
    }

    @Override
    public String toString() {
        return "Ledger[" + sources.list().size() + " sources, " + subjects.list().size() + " subjects, "
                + metrics.list().size() + " metrics, " + estimates.list().size() + " estimates]";
    }

    /**
     * Collects records and builds a {@link Ledger}, checking every invariant once, at the end.
     * The builder is not thread-safe.
     */
    public static final class Builder {
        private final Ledger base;
        private final int metricOffset;
        private final List<Source> sources = new ArrayList<>();
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Metric> metrics = new ArrayList<>();
        private final List<Estimate> estimates = new ArrayList<>();
        /** The ids of the estimates, taken as they are added. */
        private final IdPositions.Builder estimateIds = new IdPositions.Builder();

        /**
         * A builder of the base ledger with more records: only these are checked when it builds, the
         * base being valid. {@code metricOffset} is the builder position of the first metric added.
         */
        private Builder(Ledger base, int metricOffset) {
            this.base = base;
            this.metricOffset = metricOffset;
        }

        /**
         * Adds a source.
         *
         * @param source  the source, not null
         * @return this builder
         */
        public Builder add(Source source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds a subject.
         *
         * @param subject  the subject, not null
         * @return this builder
         */
        public Builder add(Subject subject) {
            subjects.add(Objects.requireNonNull(subject, "subject"));
            return this;
        }

        /**
         * Adds a metric. Adding a metric equal to a built-in one changes nothing; a metric with a
         * built-in id and another definition redefines the built-in one (many sources count missing
         * and captured as casualties), taking its place in {@link Ledger#metrics()}.
         *
         * @param metric  the metric, not null
         * @return this builder
         */
        public Builder add(Metric metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /**
         * Adds an estimate.
         *
         * @param estimate  the estimate, not null
         * @return this builder
         */
        public Builder add(Estimate estimate) {
            estimates.add(Objects.requireNonNull(estimate, "estimate"));
            estimateIds.add(estimate.id());
            return this;
        }

        /**
         * Adds every record of another ledger.
         *
         * @param ledger  the ledger, not null
         * @return this builder
         */
        public Builder addAll(Ledger ledger) {
            ledger.sources.list().forEach(this::add);
            ledger.subjects.list().forEach(this::add);
            ledger.metrics.list().forEach(this::add);
            ledger.estimates.list().forEach(this::add);
            return this;
        }

        /**
         * Builds the ledger.
         *
         * @return the ledger, never null
         * @throws InvalidLedgerException if the records break an invariant; every violation is listed
         */
        public Ledger build() {
            Optional<MetricSlots> slots = metrics.isEmpty() ? Optional.empty()
                    : Optional.of(MetricSlots.of(base.metrics(), metricOffset, metrics));
            AddedEstimates added = new AddedEstimates(estimates, estimateIds);
            LedgerValidator validator = new LedgerValidator(base, sources, subjects, slots, added);
            List<LedgerViolation> violations = validator.violations();
            if (!violations.isEmpty()) {
                throw new InvalidLedgerException(violations);
            }
            RecordIndex<Estimate> all = base.estimates.plus(estimates,
                    base.estimates().isEmpty() ? added.index() : null);
            return new Ledger(base.sources.plus(sources), base.subjects.plus(subjects),
                    slots.map(s -> RecordIndex.of(s.all(), Metric::id)).orElse(base.metrics),
                    all, base.references.plus(validator.references(), all));
        }
    }
}
