package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Function;

/** The contract of a refused text, shared by the tests of both parsers. */
final class TextRefusals {

    private TextRefusals() {
    }

    /**
     * Asserts that the parser refuses the text as not a {@code what}, keeping the text, with a reason that
     * holds every fragment (why, and what is accepted instead).
     */
    static void assertRefused(Function<String, ?> parser, String what, String text, String... reasonFragments) {
        InvalidTextException refusal = assertThrows(InvalidTextException.class, () -> parser.apply(text));

        assertAll(
                () -> assertEquals(text, refusal.text()),
                () -> assertEquals("\"" + text + "\" is not a " + what + ": " + refusal.reason(), refusal.getMessage()),
                () -> assertAll(Arrays.stream(reasonFragments).map(fragment ->
                        () -> assertTrue(refusal.reason().contains(fragment), refusal.reason()))));
    }
}
