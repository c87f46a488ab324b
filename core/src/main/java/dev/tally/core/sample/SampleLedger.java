package dev.tally.core.sample;

import dev.tally.core.model.Basis;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;

/**
 * The sample ledger: North Korean troop figures from the article "N. Korean Troop Losses in Russia
 * Conflict: 4,700 KIA/WIA" (spring 2025), with its sources, citations and revisions.
 *
 * <p>The article gives months, not days, so the figures keep month precision, and it dates
 * figures it relays from earlier statements only by its own publication (April 2025). The South
 * Korean military's ~4,000 casualties revises NIS's January ~300 killed and ~2,700 wounded; NIS's
 * April ~4,700 and 600 revise the military's tally and NIS's own January dead.
 */
public final class SampleLedger {

    /** The subject of the troop figures. */
    public static final String FORCES = "dprk-forces-russia";
    /** The subject of the labour figure. */
    public static final String WORKERS = "dprk-workers-russia";

    private static final String TITLE = "N. Korean Troop Losses in Russia Conflict: 4,700 KIA/WIA";
    private static final String BRIEFING = "lawmakers at a confidential parliamentary briefing by the NIS";
    private static final Ledger LEDGER = build();

    private SampleLedger() {
    }

    /**
     * The sample ledger.
     *
     * @return the ledger, never null
     */
    public static Ledger load() {
        return LEDGER;
    }

    private static Ledger build() {
        return Ledger.builder()
                .add(Source.of("nis", "National Intelligence Service (South Korea)", SourceKind.INTELLIGENCE)
                        .withCountry("KR"))
                .add(Source.of("rok-military", "South Korean military", SourceKind.MILITARY).withCountry("KR"))
                .add(Source.of("us-kr-ua-officials", "US, South Korean and Ukrainian officials", SourceKind.GOVERNMENT))
                .add(new Subject(FORCES, "North Korean forces in Russia"))
                .add(new Subject(WORKERS, "North Korean workers in Russia"))
                .add(estimate("nis-2025-01-killed", "nis", FORCES, "killed", "about 300", "2025-01", "2025-01")
                        .note("January briefing")
                        .citation(cite("Back in January, the NIS had indicated about 300 fatalities among North Korean "
                                + "soldiers, with a figure of 2,700 wounded."))
                        .build())
                .add(estimate("nis-2025-01-wounded", "nis", FORCES, "wounded", "about 2,700", "2025-01", "2025-01")
                        .note("January briefing")
                        .citation(cite("Back in January, the NIS had indicated about 300 fatalities among North Korean "
                                + "soldiers, with a figure of 2,700 wounded."))
                        .build())
                .add(estimate("rok-military-2025-02-casualties", "rok-military", FORCES, "casualties", "about 4,000",
                        "2025-02", "2025-02")
                        .note("revises the January tally (NIS's ~300 killed and ~2,700 wounded)")
                        .revises("nis-2025-01-killed", RevisionKind.UPDATE)
                        .revises("nis-2025-01-wounded", RevisionKind.UPDATE)
                        .citation(cite("By the following month, assessments by South Korean military authorities had "
                                + "revised the casualty tally to 4,000."))
                        .build())
                .add(estimate("nis-2025-04-casualties", "nis", FORCES, "casualties", "around 4,700", "2025-04", "2025-04")
                        .via(BRIEFING)
                        .note("killed or injured; the briefing came days after North Korea confirmed the deployment")
                        .revises("rok-military-2025-02-casualties", RevisionKind.UPDATE)
                        .citation(cite("In a recent report provided by South Korea’s intelligence service, it has been "
                                + "estimated that around 4,700 North Korean soldiers have been killed or injured while "
                                + "supporting Russia in the ongoing conflict against Ukraine."))
                        .build())
                .add(estimate("nis-2025-04-killed", "nis", FORCES, "killed", "600", "2025-04", "2025-04")
                        .via(BRIEFING)
                        .note("cremated in Russia")
                        .revises("nis-2025-01-killed", RevisionKind.UPDATE)
                        .citation(cite("Of the 4,700 casualties, it was reported that 600 North Korean soldiers had died "
                                + "in the conflict."))
                        .build())
                .add(estimate("nis-2025-q1-evacuated", "nis", FORCES, "evacuated", "about 2,000", "2025-01/2025-03",
                        "2025-04")
                        .via(BRIEFING)
                        .basis(Basis.INCREMENT)
                        .note("wounded flown or sent home by train")
                        .citation(cite("The intelligence agency further conveyed that approximately 2,000 injured North "
                                + "Korean troops were transported back to their homeland via air or train in the early "
                                + "months of the year."))
                        .build())
                .add(estimate("officials-2024-deployed", "us-kr-ua-officials", FORCES, "deployed", "10,000-12,000",
                        "2024", "2025-04")
                        .citation(cite("Officials from the US, South Korea, and Ukraine have estimated that between "
                                + "10,000 to 12,000 North Korean troops were deployed to Russia in the previous year, "
                                + "with a further 3,000 sent earlier this year, according to South Korean military "
                                + "sources."))
                        .build())
                .add(estimate("rok-military-2025-deployed", "rok-military", FORCES, "deployed", "3,000",
                        "2025-01/2025-02", "2025-04")
                        .basis(Basis.INCREMENT)
                        .note("a further contingent: counted within the period, not cumulative")
                        .citation(cite("Officials from the US, South Korea, and Ukraine have estimated that between "
                                + "10,000 to 12,000 North Korean troops were deployed to Russia in the previous year, "
                                + "with a further 3,000 sent earlier this year, according to South Korean military "
                                + "sources."))
                        .build())
                .add(estimate("nis-2025-04-laborers", "nis", WORKERS, "laborers", "15,000", "2025-04", "2025-04")
                        .note("in Russia under industrial agreements")
                        .citation(cite("Additionally, the NIS observed the presence of 15,000 North Korean laborers in "
                                + "Russia under bilateral industrial collaboration agreements."))
                        .build())
                .build();
    }

    private static Estimate.Builder estimate(String id, String source, String subject, String metric, String figure,
                                             String asOf, String reported) {
        return Estimate.builder().id(id).source(source).subject(subject).metric(metric).quantity(figure).asOf(asOf)
                .reported(reported);
    }

    private static Citation cite(String quote) {
        return Citation.of(TITLE, quote);
    }
}
