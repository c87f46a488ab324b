package dev.tally.core.model;

/**
 * How reliable a source has proved, on the NATO Admiralty scale (A to F).
 *
 * <p>The grade is about the source, not about one claim; see {@link Credibility} for that.
 */
public enum Reliability {
    /** A: completely reliable. */
    A("completely reliable", 1.0),
    /** B: usually reliable. */
    B("usually reliable", 0.8),
    /** C: fairly reliable. */
    C("fairly reliable", 0.6),
    /** D: not usually reliable. */
    D("not usually reliable", 0.4),
    /** E: unreliable. */
    E("unreliable", 0.2),
    /** F: reliability cannot be judged. */
    F("cannot be judged", 0.5);

    private final String description;
    private final double weight;

    Reliability(String description, double weight) {
        this.description = description;
        this.weight = weight;
    }

    /**
     * The scale's words for this grade, such as "usually reliable".
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * The weight this grade gives a source's figure when figures are reconciled: A 1.0, B 0.8,
     * C 0.6, D 0.4, E 0.2, and F (cannot be judged) 0.5, the same as an ungraded source.
     *
     * @return the weight, above 0 and at most 1
     */
    public double weight() {
        return weight;
    }

    /**
     * Reads a grade from its letter, ignoring case and surrounding spaces.
     *
     * @param text  the letter, not null
     * @return the grade, never null
     * @throws IllegalArgumentException if the text is not one of A to F
     */
    public static Reliability parse(String text) {
        return Ids.byName(Reliability.class, text, "is not a reliability grade; use a letter from A "
                + "(completely reliable) to E (unreliable), or F (cannot be judged)");
    }
}
