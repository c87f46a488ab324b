package dev.tally.core.model;

import static dev.tally.core.model.Estimates.anEstimate;
import static dev.tally.core.model.Ledgers.aLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Small rules of the model that the larger tests pass by without pinning. */
class ModelDetailsTest {

    @ParameterizedTest
    @MethodSource("groupedCounts")
    void display_text_groups_digits_in_threes_from_the_right(long count, String display) {
        assertThat(Quantity.exact(count).toDisplayText()).isEqualTo(display);
    }

    static Stream<Arguments> groupedCounts() {
        return Stream.of(Arguments.of(0L, "0"), Arguments.of(100L, "100"), Arguments.of(1_000L, "1,000"),
                Arguments.of(1_234_567L, "1,234,567"), Arguments.of(Quantity.MAX_COUNT, "999,999,999,999,999"));
    }

    @Test
    void a_qualifier_word_glued_to_its_number_is_not_read_as_the_qualifier() {
        for (String glued : List.of("about300", "some5", "over5", "under5")) {
            InvalidTextException refused = assertThrows(InvalidTextException.class, () -> Quantity.parse(glued));
            assertThat(refused.reason()).startsWith("\"" + glued + "\" is not a number");
        }
    }

    @Test
    void a_low_end_that_reaches_the_high_end_with_its_multiplier_takes_the_multiplier() {
        assertThat(Quantity.parse("1-1k")).isEqualTo(Quantity.range(1_000, 1_000));
        assertThat(Quantity.parse("2-1k")).isEqualTo(Quantity.range(2, 1_000));
    }

    @Test
    void quantities_are_equal_to_themselves_and_spread_over_hash_codes() {
        Quantity quantity = Quantity.approximately(4_700);

        assertThat(quantity).isEqualTo(quantity).isNotEqualTo("~4700");
        assertThat(LongStream.range(0, 50).mapToObj(Quantity::exact).map(Quantity::hashCode).distinct().count())
                .isGreaterThan(1);
    }

    @Test
    void ledgers_are_equal_to_themselves_and_equal_ledgers_share_a_hash_code() {
        Ledger ledger = aLedger().with(anEstimate()).build();
        Ledger other = aLedger().with(anEstimate().value("700")).build();

        assertThat(ledger).isEqualTo(ledger).isNotEqualTo("ledger").isNotEqualTo(other);
        assertThat(aLedger().with(anEstimate()).build()).hasSameHashCodeAs(ledger);
        assertThat(ledger.hashCode()).isNotEqualTo(other.hashCode());
    }

    @Test
    void a_builder_that_adds_all_of_a_ledger_builds_an_equal_ledger_with_its_own_metrics() {
        Metric seen = new Metric("seen", "Seen", "people", Optional.empty(), Optional.empty(), List.of());
        Ledger ledger = aLedger().with(seen).with(anEstimate().of("seen")).build();

        assertThat(Ledger.builder().addAll(ledger).build()).isEqualTo(ledger);
    }

    @Test
    void an_invalid_added_metric_is_placed_by_its_position_among_the_added_metrics() {
        Metric fine = new Metric("seen", "Seen", "people", Optional.empty(), Optional.empty(), List.of());
        Metric dangling = new Metric("heard", "Heard", "people", Optional.of("nowhere"), Optional.empty(), List.of());

        InvalidLedgerException refused = assertThrows(InvalidLedgerException.class,
                () -> Ledger.builder().add(MetricCatalog.KILLED).add(fine).add(dangling).build());

        assertThat(refused.violations()).extracting(LedgerViolation::part, LedgerViolation::index)
                .containsExactly(Tuple.tuple(LedgerViolation.Part.METRIC, 2));
    }

    @Test
    void revisions_given_as_a_list_replace_those_given_before() {
        Revision first = new Revision("a", RevisionKind.UPDATE);
        Revision second = new Revision("b", RevisionKind.CORRECTION);

        Estimate estimate = anEstimate().build().toBuilder().revises(List.of(first)).revises(List.of(second)).build();

        assertThat(estimate.revises()).containsExactly(second);
    }

    @Test
    void a_blank_note_on_an_estimate_without_one_changes_nothing() {
        Estimate estimate = anEstimate().build();

        assertThat(estimate.withNote("  ")).isSameAs(estimate);
    }

    @Test
    void a_metric_refuses_an_invalid_id_as_the_whole_it_is_part_of_or_as_its_bound() {
        assertThrows(IllegalArgumentException.class, () -> new Metric("seen", "Seen", "people",
                Optional.of("not an id"), Optional.empty(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Metric("seen", "Seen", "people",
                Optional.empty(), Optional.of("not an id"), List.of()));
    }

    @Test
    void a_year_before_1000_is_not_a_period() {
        assertThrows(IllegalArgumentException.class, () -> Period.of(Year.of(999)));
        assertThrows(IllegalArgumentException.class, () -> new Period.Year(Year.of(10_000)));
    }

    @Test
    void an_id_is_returned_as_given_and_may_be_200_characters_but_no_more() {
        assertThat(Ids.check("nis", "source id")).isEqualTo("nis");
        assertThat(Ids.check("a".repeat(200), "source id")).hasSize(200);
        assertThrows(IllegalArgumentException.class, () -> Ids.check("a".repeat(201), "source id"));
    }

    @Test
    void an_id_starts_with_an_ascii_letter_or_digit() {
        for (String id : List.of("a", "z", "A", "Z", "0", "9")) {
            assertThat(Ids.check(id, "id")).isEqualTo(id);
        }
        for (String id : List.of("`", "{", "@", "[", "/", ":", "-x", "é")) {
            assertThrows(IllegalArgumentException.class, () -> Ids.check(id, "id"), id);
        }
    }

    @Test
    void the_scales_and_kinds_have_their_words() {
        assertThat(Credibility.PROBABLY_TRUE.description()).isEqualTo("probably true");
        assertThat(Reliability.B.description()).isEqualTo("usually reliable");
        assertThat(RevisionKind.CORRECTION.toText()).isEqualTo("correction");
        assertThat(Basis.INCREMENT.toText()).isEqualTo("increment");
        assertThat(SourceKind.NGO.toText()).isEqualTo("ngo");
    }

    @Test
    void a_violation_shows_as_its_message() {
        LedgerViolation violation = new LedgerViolation(LedgerViolation.Rule.values()[0], LedgerViolation.Part.SOURCE,
                0, List.of("nis"), "source id \"nis\" is used more than once");

        assertThat(violation).hasToString("source id \"nis\" is used more than once");
    }
}
