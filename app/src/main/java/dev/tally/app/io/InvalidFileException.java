package dev.tally.app.io;

import dev.tally.core.spi.Problem;
import java.nio.file.Path;
import java.util.List;

/** Thrown when an input file is not a valid ledger; names the file and carries every problem. */
public final class InvalidFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param file  the file
     * @param problems  every problem, each at its place in the file
     */
    public InvalidFileException(Path file, List<Problem> problems) {
        super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.file = file;
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
     * Every problem found in the file.
     *
     * @return the problems, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
