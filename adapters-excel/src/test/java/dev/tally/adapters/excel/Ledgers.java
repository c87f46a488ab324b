package dev.tally.adapters.excel;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Credibility;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Metric;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.util.List;
import java.util.Optional;

/** Ledgers for tests that use every field the workbook carries. */
final class Ledgers {

    private Ledgers() {
    }

    /**
     * A ledger with a user-defined metric, day periods, graded sources, credibility, a full
     * citation, revision kinds and texts that a spreadsheet could take for formulas.
     */
    static Ledger everyField() {
        return Ledger.builder()
                .add(Source.of("nis", "National Intelligence Service", SourceKind.INTELLIGENCE).withCountry("KR")
                        .withReliability(Reliability.B))
                .add(Source.of("media-1", "=HYPERLINK(\"http://evil\")", SourceKind.MEDIA))
                .add(new Subject("dprk-forces-russia", "North Korean forces in Russia"))
                .add(new Metric("detained", "Detained", "people", Optional.of("casualties"), Optional.empty(),
                        List.of("held", "in custody")))
                .add(Estimate.builder().id("a").source("nis").subject("dprk-forces-russia").metric("killed")
                        .quantity("1,234,567").asOf("2025-04-30").reported("2025-05-02").via("@lawmakers")
                        .credibility(Credibility.PROBABLY_TRUE)
                        .citation(new Citation(Optional.of("Report"), Optional.of("Yonhap"),
                                Optional.of("https://example.org/a?b=1&c=2"), Optional.of("-300 dead, they said")))
                        .note("+1 on the earlier count").build())
                .add(Estimate.builder().id("b:update").source("media-1").subject("dprk-forces-russia")
                        .metric("casualties").quantity("at least 300").asOf("2025-01/2025-03").reported("2025")
                        .note("\tstarts with a tab").revises("a", RevisionKind.CORRECTION).build())
                .add(Estimate.builder().id("c").source("nis").subject("dprk-forces-russia").metric("casualties")
                        .quantity("up to 3,000").asOf("2025-05").reported("2025-05-03")
                        .revises("b:update", RevisionKind.UPDATE).build())
                .add(Estimate.builder().id("d").source("nis").subject("dprk-forces-russia").metric("killed")
                        .quantity("10,000-12,000").asOf("2025-06").reported("2025-06").note("=SUM(A1:A9)")
                        .revises("a", RevisionKind.UPDATE).build())
                .add(Estimate.builder().id("e").source("media-1").subject("dprk-forces-russia").metric("detained")
                        .quantity("5").asOf("2025-04-30").reported("2025-04-30").credibility(Credibility.CANNOT_BE_JUDGED)
                        .build())
                .build();
    }
}
