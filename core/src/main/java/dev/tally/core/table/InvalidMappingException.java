package dev.tally.core.table;

import java.util.List;

/**
 * A column mapping that cannot be read: every problem of it, each naming the entry at fault (the
 * option as given, or the place the entry came from) and saying what to write.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidMappingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; a List.copyOf, so serializable. */
    private final List<String> problems;

    /**
     * An exception with every problem found.
     *
     * @param problems  the problems, each a sentence that begins with the entry at fault, not empty
     */
    public InvalidMappingException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in the order of the entries.
     *
     * @return the problems, never empty
     */
    public List<String> problems() {
        return problems;
    }
}
