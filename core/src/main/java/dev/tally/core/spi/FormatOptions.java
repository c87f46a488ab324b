package dev.tally.core.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Options that a user gives for reading or writing a file of one format, by name, such as a CSV
 * file's {@code delimiter} or a column mapping's {@code column}; an option may be given more than
 * once. A format says which it takes ({@link LedgerReader#options()}, {@link LedgerWriter#options()});
 * the caller refuses the others before reading or writing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormatOptions {

    private static final FormatOptions NONE = new FormatOptions(Map.of());

    private final Map<String, List<String>> values;

    private FormatOptions(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * No options.
     *
     * @return the empty options, never null
     */
    public static FormatOptions none() {
        return NONE;
    }

    /**
     * Options with these values.
     *
     * @param values  each option's values in the order given, not null; an option with no values is left out
     * @return the options, never null
     */
    public static FormatOptions of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, given) -> {
            if (!given.isEmpty()) {
                copy.put(Objects.requireNonNull(name, "name"), List.copyOf(given));
            }
        });
        return copy.isEmpty() ? NONE : new FormatOptions(Map.copyOf(copy));
    }

    /**
     * The names of the options given.
     *
     * @return the names, never null
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * An option's value; the last one if it was given more than once.
     *
     * @param name  the option's name
     * @return the value, or empty if the option was not given
     */
    public Optional<String> get(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /**
     * Every value of an option, in the order given.
     *
     * @param name  the option's name
     * @return the values, empty if the option was not given; never null
     */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormatOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
