package dev.tally.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing wrong with an input, at its place: {@code Estimates!D7: "twelve hundred" is not a figure ...}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param location  where the problem lies
 * @param message  what is wrong and, where it helps, what to write instead
 */
public record Problem(Location location, String message) {

    /**
     * Checks both components.
     *
     * @param location  where the problem lies
     * @param message  what is wrong and, where it helps, what to write instead
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem as people read it: {@code place: message}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return location + ": " + message;
    }

    /** {@code N problems:} and each problem on a line of its own; refuses an empty list. */
    static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a list of problems has at least one problem");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
