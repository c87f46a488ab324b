package dev.tally.app.report;

import dev.tally.core.testing.GeneratedLedger;
import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
import dev.tally.core.model.Quantity;
import dev.tally.core.model.Reliability;
import dev.tally.core.model.RevisionKind;
import dev.tally.core.model.Source;
import dev.tally.core.model.SourceKind;
import dev.tally.core.model.Subject;
import java.time.LocalDate;

/**
 * Ledgers shaped like users' for the report's sizes: many subjects and sources with citations
 * (title, URL, quote) and notes on every estimate, and one source's long daily series.
 */
final class ReportLedgers {

    private ReportLedgers() {
    }

    /** {@link GeneratedLedger}'s figures (20 subjects, 5 sources, revision chains), each with a citation and a note. */
    static Ledger manySubjects(int estimates) {
        Ledger plain = GeneratedLedger.of(estimates, 20, 5, 7);
        Ledger.Builder cited = Ledger.builder();
        plain.sources().forEach(cited::add);
        plain.subjects().forEach(cited::add);
        plain.metrics().forEach(cited::add);
        for (Estimate e : plain.estimates()) {
            cited.add(e.toBuilder().citation(citation(e.id())).note("Figure " + e.id() + " as briefed; see the source's "
                    + "annex for the method").build());
        }
        return cited.build();
    }

    /** One source's cumulative killed figure, one a day, each reported that day and updating the day before's. */
    static Ledger dailySeries(int days) {
        Ledger.Builder ledger = Ledger.builder()
                .add(Source.of("daily", "Daily bulletin", SourceKind.GOVERNMENT).withReliability(Reliability.B))
                .add(new Subject("front", "The front"));
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            Estimate.Builder e = Estimate.builder().id("daily-" + d).source("daily").subject("front").metric("killed")
                    .quantity(Quantity.approximately(1_000 + 37L * d)).asOf(Period.parse(day.toString()))
                    .reported(Period.parse(day.toString())).citation(citation("daily-" + d));
            if (d > 0) {
                e.revises("daily-" + (d - 1), RevisionKind.UPDATE);
            }
            ledger.add(e.build());
        }
        return ledger.build();
    }

    private static Citation citation(String id) {
        return new Citation(java.util.Optional.of("Bulletin on the losses, " + id),
                java.util.Optional.of("Ministry press office"),
                java.util.Optional.of("https://example.org/bulletins/" + id),
                java.util.Optional.of("The losses of the enemy since the start of the operation number about this many."));
    }
}
