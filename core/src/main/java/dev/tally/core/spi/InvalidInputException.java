package dev.tally.core.spi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a reader whose input is not a valid ledger; carries every problem found, each at its place.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems  every problem found, not empty
     */
    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("invalid input has at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in the order of the input.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
