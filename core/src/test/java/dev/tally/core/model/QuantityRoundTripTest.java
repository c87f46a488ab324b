package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tally.core.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of quantity texts: both texts a quantity writes parse back to it. */
class QuantityRoundTripTest {

    @Property
    void parse_reads_the_canonical_text_back_to_an_equal_quantity(@ForAll("quantities") Quantity quantity) {
        assertEquals(quantity, Quantity.parse(quantity.toText()));
    }

    @Property
    void parse_reads_the_display_text_back_to_an_equal_quantity(@ForAll("quantities") Quantity quantity) {
        assertEquals(quantity, Quantity.parse(quantity.toDisplayText()));
    }

    @Property
    void the_projection_is_ordered_low_best_high(@ForAll("quantities") Quantity quantity) {
        long best = quantity.best().orElse(quantity.low());
        assertTrue(quantity.low() <= best, "low <= best");
        assertTrue(best <= quantity.high().orElse(Long.MAX_VALUE), "best <= high");
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return ModelArbitraries.quantities();
    }
}
