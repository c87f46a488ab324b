package dev.tally.core.spi;

import java.util.List;

/**
 * Thrown by a writer whose format cannot hold part of a valid ledger, such as a note longer than a
 * spreadsheet cell holds; carries every such problem, each at the place the target would have held
 * it. Nothing is silently cut or lost: what the writer wrote by then is not a ledger to keep (a
 * writer that builds its file first writes nothing; a streaming one may have written part of it),
 * so a caller writes to a temporary file and discards it.
 */
public final class UnwritableLedgerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems  every problem found, not empty
     */
    public UnwritableLedgerException(List<Problem> problems) {
        super(Problem.describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, in the order of the output.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
