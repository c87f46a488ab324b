package dev.tally.core.model;

import java.util.Locale;

/** Whether a figure is a running total or counts only what happened within its period. */
public enum Basis {
    /** A running total as of the end of the period ("10,000 to 12,000 deployed"); the default. */
    CUMULATIVE,
    /** Counted within the period only ("a further 3,000"). */
    INCREMENT;

    /**
     * The lower-case name used in files: {@code cumulative} or {@code increment}.
     *
     * @return the text, never null
     */
    public String toText() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a basis by its name, ignoring case.
     *
     * @param text  the name, not null
     * @return the basis, never null
     * @throws IllegalArgumentException if the text is neither name
     */
    public static Basis parse(String text) {
        return Ids.byName(Basis.class, text, "is not a basis; use cumulative or increment");
    }
}
