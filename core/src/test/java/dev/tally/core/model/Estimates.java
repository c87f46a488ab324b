package dev.tally.core.model;

/**
 * Test data: estimates that read like sentences,
 * {@code anEstimate().by("nis").of("killed").value("600").asOf("2025-04").build()}.
 *
 * <p>Unless told otherwise an estimate is about {@link Ledgers#FORCES}, reported in the period it
 * refers to, and its id is {@code source-metric-asOf}, such as {@code nis-killed-2025-04}.
 */
final class Estimates {

    private String id;
    private String source = "nis";
    private String subject = Ledgers.FORCES;
    private String metric = "killed";
    private String value = "600";
    private String asOf = "2025-04";
    private final Estimate.Builder builder = Estimate.builder();

    private Estimates() {
    }

    static Estimates anEstimate() {
        return new Estimates();
    }

    Estimates id(String estimateId) {
        this.id = estimateId;
        return this;
    }

    Estimates by(String sourceId) {
        this.source = sourceId;
        return this;
    }

    Estimates about(String subjectId) {
        this.subject = subjectId;
        return this;
    }

    Estimates of(String metricId) {
        this.metric = metricId;
        return this;
    }

    Estimates value(String figure) {
        this.value = figure;
        return this;
    }

    Estimates asOf(String period) {
        this.asOf = period;
        return this;
    }

    /** Adds updates of the given estimates, in order. */
    Estimates revising(String... targets) {
        for (String target : targets) {
            builder.revises(target, RevisionKind.UPDATE);
        }
        return this;
    }

    Estimate build() {
        return builder.id(id == null ? source + "-" + metric + "-" + asOf.replace('/', '_') : id)
                .source(source).subject(subject).metric(metric).quantity(value).asOf(asOf)
                .reported(asOf)
                .build();
    }
}
