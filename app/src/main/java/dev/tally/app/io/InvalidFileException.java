package dev.tally.app.io;

import dev.tally.core.spi.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Thrown when a file is not a valid ledger, or cannot hold the ledger to be written to it; names the
 * file and what is wrong with it, and carries every problem.
 */
public final class InvalidFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a file that is read. */
    public static final String NOT_A_LEDGER = "is not a valid ledger";
    /** What is wrong with a file that is written. */
    public static final String CANNOT_HOLD = "cannot hold this ledger";

    private final transient Path file;
    private final transient String verdict;
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param file  the file
     * @param verdict  what is wrong with the file: {@link #NOT_A_LEDGER} or {@link #CANNOT_HOLD}
     * @param problems  every problem, each at its place in the file
     */
    public InvalidFileException(Path file, String verdict, List<Problem> problems) {
        super(file + " " + verdict + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.file = file;
        this.verdict = verdict;
        this.problems = List.copyOf(problems);
    }

    /**
     * The file.
     *
     * @return the file, never null
     */
    public Path file() {
        return file;
    }

    /**
     * What is wrong with the file, as in "out.xlsx <i>cannot hold this ledger</i>".
     *
     * @return the verdict, never null
     */
    public String verdict() {
        return verdict;
    }

    /**
     * Every problem found in the file.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
