package dev.tally.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exception that carries every problem of an input, each at its place. */
class InvalidInputExceptionTest {

    private static final Problem FIGURE = new Problem(new Location.Cell("Estimates", "D7"),
            "\"twelve hundred\" is not a figure");
    private static final Problem PERIOD = new Problem(new Location.JsonPointer("/estimates/3/asOf", 12, 5),
            "\"next spring\" is not a period");

    @Test
    void the_message_lists_every_problem_at_its_place() {
        InvalidInputException exception = new InvalidInputException(List.of(FIGURE, PERIOD));

        assertEquals("2 problems:\n  Estimates!D7: \"twelve hundred\" is not a figure"
                + "\n  /estimates/3/asOf (12:5): \"next spring\" is not a period", exception.getMessage());
    }

    @Test
    void the_message_counts_a_single_problem_in_the_singular() {
        assertEquals("1 problem:\n  line 7: no header", new InvalidInputException(
                List.of(new Problem(new Location.Line(7), "no header"))).getMessage());
    }

    @Test
    void the_problems_are_a_copy_that_cannot_be_modified() {
        List<Problem> problems = new ArrayList<>(List.of(FIGURE));
        InvalidInputException exception = new InvalidInputException(problems);

        problems.add(PERIOD);

        assertEquals(List.of(FIGURE), exception.problems());
        assertThrows(UnsupportedOperationException.class, () -> exception.problems().add(PERIOD));
    }

    @Test
    void an_exception_without_problems_is_refused() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new InvalidInputException(List.of()));

        assertEquals("a list of problems has at least one problem", refusal.getMessage());
    }

    @Test
    void a_problem_reads_place_colon_message() {
        assertEquals("Estimates!D7: \"twelve hundred\" is not a figure", FIGURE.toString());
    }
}
