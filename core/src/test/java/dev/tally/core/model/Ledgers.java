package dev.tally.core.model;

/**
 * Test data: ledgers that read like sentences,
 * {@code aLedger().with(anEstimate().of("killed")).with(anEstimate().of("wounded")).build()}.
 *
 * <p>A ledger starts with the sources {@code nis} and {@code rok-military} and the subjects
 * {@link #FORCES} and {@link #WORKERS}, so that estimates only need to name them.
 */
public final class Ledgers {

    /** The subject of troop figures. */
    public static final String FORCES = "forces";
    /** The subject of labour figures. */
    public static final String WORKERS = "workers";

    private final Ledger.Builder builder = Ledger.builder()
            .add(Source.of("nis", "National Intelligence Service", SourceKind.INTELLIGENCE).withCountry("KR"))
            .add(Source.of("rok-military", "South Korean military", SourceKind.MILITARY).withCountry("KR"))
            .add(new Subject(FORCES, "North Korean forces in Russia"))
            .add(new Subject(WORKERS, "North Korean workers in Russia"));

    private Ledgers() {
    }

    /**
     * A new ledger with the sources {@code nis} and {@code rok-military} and both subjects.
     *
     * @return the builder, never null
     */
    public static Ledgers aLedger() {
        return new Ledgers();
    }

    public Ledgers with(Estimates estimate) {
        builder.add(estimate.build());
        return this;
    }

    public Ledgers with(Source source) {
        builder.add(source);
        return this;
    }

    public Ledgers with(Subject subject) {
        builder.add(subject);
        return this;
    }

    public Ledgers with(Metric metric) {
        builder.add(metric);
        return this;
    }

    public Ledger build() {
        return builder.build();
    }
}
