package dev.tally.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exception a writer throws for the parts of a ledger its format cannot hold. */
class UnwritableLedgerExceptionTest {

    private static final Problem NOTE = new Problem(new Location.Cell("Estimates", "S2"),
            "the Note of e1 holds 40,000 characters");

    @Test
    void the_message_lists_every_problem_and_the_list_is_an_unmodifiable_copy() {
        List<Problem> problems = new ArrayList<>(List.of(NOTE));
        UnwritableLedgerException exception = new UnwritableLedgerException(problems);
        problems.clear();

        assertEquals("1 problem:\n  Estimates!S2: the Note of e1 holds 40,000 characters", exception.getMessage());
        assertEquals(List.of(NOTE), exception.problems());
        assertThrows(UnsupportedOperationException.class, () -> exception.problems().add(NOTE));
    }

    @Test
    void an_exception_without_problems_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new UnwritableLedgerException(List.of()));
    }
}
