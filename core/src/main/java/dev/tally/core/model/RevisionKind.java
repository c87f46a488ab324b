package dev.tally.core.model;

import java.util.Locale;

/** Why an estimate supersedes another. */
public enum RevisionKind {
    /** A newer figure: both stay true for their own periods. */
    UPDATE,
    /** The earlier record was wrong. */
    CORRECTION,
    /** The earlier figure was withdrawn. */
    RETRACTION;

    /**
     * The lower-case name used in files: {@code update}, {@code correction}, {@code retraction}.
     *
     * @return the text, never null
     */
    public String toText() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a kind by its name, ignoring case.
     *
     * @param text  the name, not null
     * @return the kind, never null
     * @throws IllegalArgumentException if no kind has that name
     */
    public static RevisionKind parse(String text) {
        return Ids.byName(RevisionKind.class, text, "is not a revision kind; use update, correction or retraction");
    }
}
