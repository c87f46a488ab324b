package dev.tally.core.spi;

import java.util.List;

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
        super(Problem.describe(problems));
        this.problems = List.copyOf(problems);
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
