package dev.tally.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Places in an input, written as people read them. */
class LocationTest {

    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of(new Location.Cell("Estimates", "D7"), "Estimates!D7"),
                Arguments.of(new Location.Cell("Sources_2025", "7"), "Sources_2025!7"),
                Arguments.of(new Location.Cell("My sheet", "A1"), "'My sheet'!A1"),
                Arguments.of(new Location.Cell("O'Brien's", "B2"), "'O''Brien''s'!B2"),
                Arguments.of(new Location.JsonPointer("/estimates/3/quantity", 12, 5), "/estimates/3/quantity (12:5)"),
                Arguments.of(new Location.JsonPointer("", 1, 1), "/ (1:1)"),
                Arguments.of(new Location.Field("events.csv", 7, 4, "Figure"), "events.csv:7:4 (Figure)"),
                Arguments.of(new Location.Field("events.csv", 7, 4, ""), "events.csv:7:4"),
                Arguments.of(new Location.Field("events.csv", 7, 0, "Figure"), "events.csv:7"),
                Arguments.of(new Location.Line(7), "line 7"),
                Arguments.of(new Location.Whole(), "file"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("locations")
    void to_string_gives_the_place_as_people_read_it(Location location, String expected) {
        assertEquals(expected, location.toString());
    }
}
