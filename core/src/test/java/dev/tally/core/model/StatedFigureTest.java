package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A figure as tables and articles state it: the count, and the words after it as a hint of the metric. */
class StatedFigureTest {

    static Stream<Arguments> stated() {
        return Stream.of(
                Arguments.of("751 prisoners", Quantity.exact(751), "prisoners"),
                Arguments.of("4,700 KIA", Quantity.exact(4700), "KIA"),
                Arguments.of("4,700 killed or injured", Quantity.exact(4700), "killed or injured"),
                Arguments.of("at least 300 killed", Quantity.atLeast(300), "killed"),
                Arguments.of("c. 1,500 dead", Quantity.approximately(1500), "dead"),
                Arguments.of("1.2 million people", Quantity.exact(1_200_000), "people"),
                Arguments.of("10,000-12,000 troops", Quantity.range(10_000, 12_000), "troops"),
                Arguments.of("25 (20-40) deaths", Quantity.bestWithin(25, 20, 40), "deaths"),
                Arguments.of("dozens of soldiers", Quantity.bestWithin(24, 24, 99), "soldiers"),
                Arguments.of("hundreds of thousands of refugees", Quantity.bestWithin(200_000, 200_000, 999_999),
                        "refugees"),
                Arguments.of("  751\u00a0 Prisoners of war ", Quantity.exact(751), "Prisoners of war"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} with the words \"{2}\"")
    @MethodSource("stated")
    void parse_reads_a_count_followed_by_words_and_keeps_the_words_as_written(String text, Quantity figure,
                                                                              String words) {
        assertEquals(new StatedFigure(figure, Optional.of(words)), StatedFigure.parse(text));
    }

    @Test
    void parse_reads_a_figure_alone_with_no_words() {
        assertEquals(new StatedFigure(Quantity.approximately(4700), Optional.empty()),
                StatedFigure.parse("around 4,700"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("prisoners 751", "\"prisoners 751\" is not a number"),
                Arguments.of("many soldiers", "it is too vague to count"),
                Arguments.of("5 to", "\"5 to\" is not a number"),
                Arguments.of("2 billion billion", "\"2 billion billion\" is not a number"),
                Arguments.of("", "the text is empty"));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("refused")
    void parse_refuses_a_text_that_no_figure_begins(String text, String why) {
        TextRefusals.assertRefused(StatedFigure::parse, "figure", text, why, "write a whole number such as 1,200");
    }

    @Test
    void words_are_never_blank() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new StatedFigure(Quantity.exact(1), Optional.of(" ")));

        assertEquals("words cannot be blank", refusal.getMessage());
    }
}
