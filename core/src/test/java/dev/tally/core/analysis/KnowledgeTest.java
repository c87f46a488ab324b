package dev.tally.core.analysis;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.RevisionKind;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeTest {

    private static final Ledger LEDGER = aLedger()
            .with(anEstimate().id("old").of("killed").value("300").asOf("2025-01"))
            .with(anEstimate().id("new").of("killed").value("600").asOf("2025-02").reported("2025-04").revising("old"))
            .build();

    private static Estimate estimate(String id) {
        return LEDGER.estimate(id).orElseThrow();
    }

    /** What is known of an estimate at a date. */
    enum State { UNKNOWN, POSSIBLY_KNOWN, KNOWN }

    /** For a day, a month, a year and an interval reported: the day before, the first, a middle and the last day. */
    static Stream<Arguments> reported_periods() {
        return Stream.of(
                Arguments.of("2025-02-15", "2025-02-14", State.UNKNOWN),
                Arguments.of("2025-02-15", "2025-02-15", State.KNOWN),
                Arguments.of("2025-02", "2025-01-31", State.UNKNOWN),
                Arguments.of("2025-02", "2025-02-01", State.POSSIBLY_KNOWN),
                Arguments.of("2025-02", "2025-02-15", State.POSSIBLY_KNOWN),
                Arguments.of("2025-02", "2025-02-28", State.KNOWN),
                Arguments.of("2025", "2024-12-31", State.UNKNOWN),
                Arguments.of("2025", "2025-01-01", State.POSSIBLY_KNOWN),
                Arguments.of("2025", "2025-07-01", State.POSSIBLY_KNOWN),
                Arguments.of("2025", "2025-12-31", State.KNOWN),
                Arguments.of("2025-01/2025-03", "2024-12-31", State.UNKNOWN),
                Arguments.of("2025-01/2025-03", "2025-01-01", State.POSSIBLY_KNOWN),
                Arguments.of("2025-01/2025-03", "2025-02-15", State.POSSIBLY_KNOWN),
                Arguments.of("2025-01/2025-03", "2025-03-31", State.KNOWN),
                Arguments.of("2025-01-10/2025-01-20", "2025-01-10", State.POSSIBLY_KNOWN),
                Arguments.of("2025-01-10/2025-01-20", "2025-01-20", State.KNOWN));
    }

    @ParameterizedTest(name = "reported {0}, at {1}: {2}")
    @MethodSource("reported_periods")
    void an_estimate_is_known_once_its_reported_period_has_ended(String reported, String date, State state) {
        Ledger ledger = aLedger().with(anEstimate().id("e").asOf("2024").reported(reported)).build();
        Estimate estimate = ledger.estimate("e").orElseThrow();
        Knowledge knowledge = Knowledge.at(ledger, LocalDate.parse(date));

        assertThat(knowledge.isKnown(estimate)).isEqualTo(state == State.KNOWN);
        assertThat(knowledge.isPossiblyKnown(estimate)).isEqualTo(state == State.POSSIBLY_KNOWN);
        assertThat(knowledge.possiblyKnown().count()).isEqualTo(state == State.POSSIBLY_KNOWN ? 1 : 0);
        assertThat(knowledge.includingPossiblyKnown().isKnown(estimate)).isEqualTo(state != State.UNKNOWN);
        assertThat(knowledge.includingPossiblyKnown().isPossiblyKnown(estimate))
                .isEqualTo(state == State.POSSIBLY_KNOWN);
    }

    @Test
    void a_revision_possibly_known_supersedes_only_when_possibly_known_estimates_are_included() {
        Knowledge mid = Knowledge.at(LEDGER, LocalDate.parse("2025-04-02"));

        assertThat(mid.includesPossiblyKnown()).isFalse();
        assertThat(mid.current().map(Estimate::id)).containsExactly("old");
        assertThat(mid.possiblyKnown().map(Estimate::id)).containsExactly("new");
        Knowledge including = mid.includingPossiblyKnown();
        assertThat(including.includesPossiblyKnown()).isTrue();
        assertThat(including.includingPossiblyKnown()).isSameAs(including);
        assertThat(including.date()).isEqualTo(mid.date());
        assertThat(including.isSuperseded(estimate("old"))).isTrue();
        assertThat(including.current().map(Estimate::id)).containsExactly("new");
    }

    @Test
    void of_all_holds_nothing_possibly_known() {
        assertThat(Knowledge.ofAll(LEDGER).possiblyKnown()).isEmpty();
        assertThat(Knowledge.ofAll(LEDGER).isPossiblyKnown(estimate("new"))).isFalse();
    }

    @Test
    void an_estimate_is_superseded_only_once_its_revision_is_known() {
        Knowledge before = Knowledge.at(LEDGER, LocalDate.parse("2025-04-29"));
        Knowledge after = Knowledge.at(LEDGER, LocalDate.parse("2025-04-30"));

        assertThat(before.isSuperseded(estimate("old"))).isFalse();
        assertThat(before.revisedBy(estimate("old"))).isEmpty();
        assertThat(before.current().map(Estimate::id)).containsExactly("old");
        assertThat(after.isSuperseded(estimate("old"))).isTrue();
        assertThat(after.revisedBy(estimate("old"))).extracting(Estimate::id).containsExactly("new");
        assertThat(after.current().map(Estimate::id)).containsExactly("new");
    }

    @Test
    void nothing_is_known_before_the_first_report() {
        Knowledge knowledge = Knowledge.at(LEDGER, LocalDate.parse("2024-12-31"));

        assertThat(knowledge.known()).isEmpty();
        assertThat(knowledge.current()).isEmpty();
    }

    @Test
    void of_all_knows_every_estimate_and_supersedes_by_every_revision() {
        Knowledge all = Knowledge.ofAll(LEDGER);

        assertThat(all.date()).isEqualTo(LocalDate.MAX);
        assertThat(all.ledger()).isSameAs(LEDGER);
        assertThat(all.known().map(Estimate::id)).containsExactly("old", "new");
        assertThat(all.current().map(Estimate::id)).containsExactly("new");
    }

    @Test
    void an_update_supersedes_without_withdrawing() {
        Knowledge all = Knowledge.ofAll(LEDGER);

        assertThat(all.isWithdrawn(estimate("old"))).isFalse();
        assertThat(all.standing().map(Estimate::id)).containsExactly("old", "new");
    }

    @Test
    void a_correction_or_a_retraction_withdraws_once_known() {
        Ledger ledger = aLedger()
                .with(anEstimate().id("wrong").of("killed").value("300").asOf("2025-01"))
                .with(anEstimate().id("fixed").of("killed").value("30").asOf("2025-01").reported("2025-03")
                        .revising(RevisionKind.CORRECTION, "wrong"))
                .with(anEstimate().id("claimed").of("wounded").value("900").asOf("2025-01"))
                .with(anEstimate().id("withdrawn").of("wounded").value("0").asOf("2025-02")
                        .revising(RevisionKind.RETRACTION, "claimed"))
                .build();

        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-01-31")).standing().map(Estimate::id))
                .containsExactly("wrong", "claimed");
        assertThat(Knowledge.at(ledger, LocalDate.parse("2025-02-28")).standing().map(Estimate::id))
                .containsExactly("wrong", "withdrawn");
        assertThat(Knowledge.ofAll(ledger).standing().map(Estimate::id)).containsExactly("fixed", "withdrawn");
    }
}
