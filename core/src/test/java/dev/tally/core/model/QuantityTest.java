package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The quantity value: identity, projections, texts and the bounds of its factories. */
class QuantityTest {

    @Test
    void equal_quantities_have_equal_hash_codes() {
        assertEquals(Quantity.approximately(4700), Quantity.parse("around 4,700"));
        assertEquals(Quantity.approximately(4700).hashCode(), Quantity.parse("around 4,700").hashCode());
        assertEquals(Quantity.range(10_000, 12_000), Quantity.range(10_000, 12_000));
        assertEquals(Quantity.range(10_000, 12_000).hashCode(), Quantity.range(10_000, 12_000).hashCode());
        assertEquals(Quantity.bestWithin(25, 20, 40), Quantity.parse("25 [20-40]"));
        assertEquals(Quantity.bestWithin(25, 20, 40).hashCode(), Quantity.parse("25 [20-40]").hashCode());
    }

    static Stream<Arguments> differentQuantities() {
        return Stream.of(
                Arguments.of(Quantity.exact(300), Quantity.approximately(300)),
                Arguments.of(Quantity.exact(300), Quantity.atLeast(300)),
                Arguments.of(Quantity.atLeast(300), Quantity.atMost(300)),
                Arguments.of(Quantity.exact(300), Quantity.range(300, 300)),
                Arguments.of(Quantity.exact(300), Quantity.exact(301)),
                Arguments.of(Quantity.range(10, 12), Quantity.range(10, 13)),
                Arguments.of(Quantity.range(10, 12), Quantity.range(11, 12)),
                Arguments.of(Quantity.range(10, 12), Quantity.bestWithin(11, 10, 12)),
                Arguments.of(Quantity.bestWithin(11, 10, 12), Quantity.bestWithin(10, 10, 12)),
                Arguments.of(Quantity.exact(7), Quantity.bestWithin(7, 7, 7)));
    }

    @ParameterizedTest(name = "{0} differs from {1}")
    @MethodSource("differentQuantities")
    void quantities_of_another_form_or_value_differ(Quantity one, Quantity other) {
        assertNotEquals(one, other);
        assertNotEquals(other, one);
    }

    @Test
    void a_quantity_differs_from_null_and_from_other_types() {
        assertNotEquals(null, Quantity.exact(600));
        assertFalse(Quantity.exact(600).equals("600"));
    }

    @Test
    void to_string_is_the_canonical_text() {
        assertAll(
                () -> assertEquals("600", Quantity.exact(600).toString()),
                () -> assertEquals("~4700", Quantity.approximately(4700).toString()),
                () -> assertEquals("10000-12000", Quantity.range(10_000, 12_000).toString()),
                () -> assertEquals("25 (20-40)", Quantity.bestWithin(25, 20, 40).toString()),
                () -> assertEquals(">=300", Quantity.atLeast(300).toString()),
                () -> assertEquals("<=3000", Quantity.atMost(3000).toString()));
    }

    @Test
    void display_text_groups_thousands_and_spells_out_bounds() {
        assertAll(
                () -> assertEquals("600", Quantity.exact(600).toDisplayText()),
                () -> assertEquals("~4,700", Quantity.approximately(4700).toDisplayText()),
                () -> assertEquals("10,000\u201312,000", Quantity.range(10_000, 12_000).toDisplayText()),
                () -> assertEquals("1,500 (1,000\u20132,000)", Quantity.bestWithin(1500, 1000, 2000).toDisplayText()),
                () -> assertEquals("at least 300", Quantity.atLeast(300).toDisplayText()),
                () -> assertEquals("up to 3,000", Quantity.atMost(3000).toDisplayText()));
    }

    static Stream<Arguments> projections() {
        return Stream.of(
                Arguments.of(Quantity.exact(600), 600L, OptionalLong.of(600), OptionalLong.of(600)),
                Arguments.of(Quantity.approximately(4700), 4700L, OptionalLong.of(4700), OptionalLong.of(4700)),
                Arguments.of(Quantity.range(10_000, 12_000), 10_000L, OptionalLong.of(11_000), OptionalLong.of(12_000)),
                Arguments.of(Quantity.range(1, 2), 1L, OptionalLong.of(2), OptionalLong.of(2)),
                Arguments.of(Quantity.range(1, 4), 1L, OptionalLong.of(3), OptionalLong.of(4)),
                Arguments.of(Quantity.range(1, 3), 1L, OptionalLong.of(2), OptionalLong.of(3)),
                Arguments.of(Quantity.range(7, 7), 7L, OptionalLong.of(7), OptionalLong.of(7)),
                Arguments.of(Quantity.range(0, Quantity.MAX_COUNT), 0L, OptionalLong.of(500_000_000_000_000L),
                        OptionalLong.of(Quantity.MAX_COUNT)),
                Arguments.of(Quantity.bestWithin(1, 1, 30), 1L, OptionalLong.of(1), OptionalLong.of(30)),
                Arguments.of(Quantity.bestWithin(30, 1, 30), 1L, OptionalLong.of(30), OptionalLong.of(30)),
                Arguments.of(Quantity.atLeast(300), 300L, OptionalLong.of(300), OptionalLong.empty()),
                Arguments.of(Quantity.atMost(3000), 0L, OptionalLong.empty(), OptionalLong.of(3000)));
    }

    @ParameterizedTest(name = "{0} projects to {1}/{2}/{3}")
    @MethodSource("projections")
    void projects_to_low_best_and_high_rounding_a_range_midpoint_half_up(Quantity quantity, long low,
                                                                         OptionalLong best, OptionalLong high) {
        assertAll(
                () -> assertEquals(low, quantity.low(), "low"),
                () -> assertEquals(best, quantity.best(), "best"),
                () -> assertEquals(high, quantity.high(), "high"));
    }

    @ParameterizedTest(name = "{0} projects to {2}/{3} unwrapped")
    @MethodSource("projections")
    void best_or_and_high_or_give_the_projection_or_the_value_for_none(Quantity quantity, long low,
                                                                      OptionalLong best, OptionalLong high) {
        long none = -1;
        assertAll(
                () -> assertEquals(best.orElse(none), quantity.bestOr(none), "best"),
                () -> assertEquals(high.orElse(none), quantity.highOr(none), "high"));
    }

    @Test
    void only_the_approximate_form_is_flagged_approximate() {
        assertTrue(Quantity.approximately(4700).isApproximate());
        assertFalse(Quantity.exact(4700).isApproximate());
        assertFalse(Quantity.range(4000, 5000).isApproximate());
    }

    static Stream<Arguments> singleCountFactories() {
        return Stream.of(
                Arguments.of("exact", (LongFunction<Quantity>) Quantity::exact),
                Arguments.of("approximately", (LongFunction<Quantity>) Quantity::approximately),
                Arguments.of("atLeast", (LongFunction<Quantity>) Quantity::atLeast),
                Arguments.of("atMost", (LongFunction<Quantity>) Quantity::atMost));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleCountFactories")
    void factories_refuse_negative_counts_and_counts_above_the_maximum(String name, LongFunction<Quantity> factory) {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> factory.apply(-1));
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> factory.apply(Quantity.MAX_COUNT + 1));

        assertEquals("a count cannot be negative: -1", negative.getMessage());
        assertEquals("a count cannot exceed 999999999999999: 1000000000000000", tooLarge.getMessage());
    }

    @Test
    void range_refuses_a_low_end_above_its_high_end() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Quantity.range(12_000, 10_000));

        assertEquals("range low 12000 exceeds its high 10000", refusal.getMessage());
    }

    static Stream<Arguments> badBestsInsideBounds() {
        return Stream.of(
                Arguments.of(50L, 20L, 40L, "best 50 lies outside its bounds 20-40"),
                Arguments.of(19L, 20L, 40L, "best 19 lies outside its bounds 20-40"),
                Arguments.of(25L, 40L, 20L, "range low 40 exceeds its high 20"),
                Arguments.of(0L, -1L, 20L, "a count cannot be negative: -1"));
    }

    @ParameterizedTest(name = "{0} ({1}-{2}): {3}")
    @MethodSource("badBestsInsideBounds")
    void best_within_refuses_a_best_outside_its_bounds_and_bad_bounds(long best, long low, long high, String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> Quantity.bestWithin(best, low, high));

        assertEquals(message, refusal.getMessage());
    }

    @Test
    void only_a_stated_best_inside_bounds_keeps_a_best_other_than_the_midpoint() {
        assertEquals(OptionalLong.of(1), Quantity.bestWithin(1, 1, 30).best());
        assertEquals(OptionalLong.of(16), Quantity.range(1, 30).best());
        assertFalse(Quantity.bestWithin(1, 1, 30).isApproximate());
    }

    @Test
    void range_refuses_an_end_out_of_bounds() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.range(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Quantity.range(0, Quantity.MAX_COUNT + 1));
    }
}
