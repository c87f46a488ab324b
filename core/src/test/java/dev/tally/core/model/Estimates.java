package dev.tally.core.model;

/**
 * Test data: estimates that read like sentences,
 * {@code anEstimate().by("nis").of("killed").value("600").asOf("2025-04").build()}.
 *
 * <p>Unless told otherwise an estimate is about {@link Ledgers#FORCES}, reported in the period it
 * refers to, and its id is {@code source-metric-asOf}, such as {@code nis-killed-2025-04}.
 */
public final class Estimates {

    private String id;
    private String source = "nis";
    private String subject = Ledgers.FORCES;
    private String metric = "killed";
    private String value = "600";
    private String asOf = "2025-04";
    private String reported;
    private final Estimate.Builder builder = Estimate.builder();

    private Estimates() {
    }

    /**
     * A new estimate: NIS's 600 killed, as of and reported 2025-04, about {@link Ledgers#FORCES}.
     *
     * @return the builder, never null
     */
    public static Estimates anEstimate() {
        return new Estimates();
    }

    public Estimates id(String estimateId) {
        this.id = estimateId;
        return this;
    }

    public Estimates by(String sourceId) {
        this.source = sourceId;
        return this;
    }

    public Estimates about(String subjectId) {
        this.subject = subjectId;
        return this;
    }

    public Estimates of(String metricId) {
        this.metric = metricId;
        return this;
    }

    public Estimates value(String figure) {
        this.value = figure;
        return this;
    }

    public Estimates asOf(String period) {
        this.asOf = period;
        return this;
    }

    /** Sets when the figure became public; unless set, the period it refers to. */
    public Estimates reported(String period) {
        this.reported = period;
        return this;
    }

    /** Makes the figure count its period only. */
    public Estimates increment() {
        builder.basis(Basis.INCREMENT);
        return this;
    }

    /** Adds revisions of the given kind of the given estimates, in order. */
    public Estimates revising(RevisionKind kind, String... targets) {
        for (String target : targets) {
            builder.revises(target, kind);
        }
        return this;
    }

    /** Adds updates of the given estimates, in order. */
    public Estimates revising(String... targets) {
        return revising(RevisionKind.UPDATE, targets);
    }

    public Estimate build() {
        return builder.id(id == null ? source + "-" + metric + "-" + asOf.replace('/', '_') : id)
                .source(source).subject(subject).metric(metric).quantity(value).asOf(asOf)
                .reported(reported == null ? asOf : reported)
                .build();
    }
}
