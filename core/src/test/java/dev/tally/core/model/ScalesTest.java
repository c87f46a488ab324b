package dev.tally.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The enumerations read from files (kinds, basis, grades) and the credibility scale. */
class ScalesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of((Function<String, Enum<?>>) SourceKind::parse, "Military", SourceKind.MILITARY),
                Arguments.of((Function<String, Enum<?>>) SourceKind::parse, " ngo ", SourceKind.NGO),
                Arguments.of((Function<String, Enum<?>>) Basis::parse, "INCREMENT", Basis.INCREMENT),
                Arguments.of((Function<String, Enum<?>>) Basis::parse, "cumulative", Basis.CUMULATIVE),
                Arguments.of((Function<String, Enum<?>>) RevisionKind::parse, "Correction", RevisionKind.CORRECTION),
                Arguments.of((Function<String, Enum<?>>) Reliability::parse, "b", Reliability.B),
                Arguments.of((Function<String, Enum<?>>) Reliability::parse, "F", Reliability.F));
    }

    @ParameterizedTest(name = "\"{1}\" is {2}")
    @MethodSource("names")
    void parse_reads_a_name_ignoring_case_and_spaces(Function<String, Enum<?>> parse, String text, Enum<?> expected) {
        assertEquals(expected, parse.apply(text));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of((Function<String, Enum<?>>) SourceKind::parse, "army",
                        "\"army\" is not a source kind; use one of intelligence, military, government, media, ngo, "
                                + "academic, other"),
                Arguments.of((Function<String, Enum<?>>) Basis::parse, "total",
                        "\"total\" is not a basis; use cumulative or increment"),
                Arguments.of((Function<String, Enum<?>>) RevisionKind::parse, "deletion",
                        "\"deletion\" is not a revision kind; use update, correction or retraction"),
                Arguments.of((Function<String, Enum<?>>) Reliability::parse, "G",
                        "\"G\" is not a reliability grade; use a letter from A (completely reliable) to E (unreliable),"
                                + " or F (cannot be judged)"));
    }

    @ParameterizedTest(name = "\"{1}\"")
    @MethodSource("refusals")
    void parse_refuses_an_unknown_name_listing_the_accepted_ones(Function<String, Enum<?>> parse, String text,
                                                                 String message) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> parse.apply(text));

        assertEquals(message, refusal.getMessage());
    }

    @ParameterizedTest(name = "grade {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void credibility_of_gives_the_grade_with_that_number(int grade) {
        assertEquals(grade, Credibility.of(grade).grade());
    }

    @ParameterizedTest(name = "grade {0}")
    @ValueSource(ints = {0, 7, -1})
    void credibility_of_refuses_a_number_off_the_scale(int grade) {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> Credibility.of(grade));

        assertEquals("credibility " + grade + " is not on the scale; use 1 (confirmed) to 5 (improbable), or 6 "
                + "(cannot be judged)", refusal.getMessage());
    }
}
