package dev.tally.core.model;

/**
 * How credible one claim is, on the NATO Admiralty scale (1 to 6).
 *
 * <p>The grade is about the information, not its source; see {@link Reliability} for that.
 */
public enum Credibility {
    /** 1: confirmed by other sources. */
    CONFIRMED(1, "confirmed"),
    /** 2: probably true. */
    PROBABLY_TRUE(2, "probably true"),
    /** 3: possibly true. */
    POSSIBLY_TRUE(3, "possibly true"),
    /** 4: doubtful. */
    DOUBTFUL(4, "doubtful"),
    /** 5: improbable. */
    IMPROBABLE(5, "improbable"),
    /** 6: truth cannot be judged. */
    CANNOT_BE_JUDGED(6, "cannot be judged");

    /** The grades by number less one; {@link #values()} copies them at every call. */
    private static final Credibility[] BY_GRADE = values();

    private final int grade;
    private final String description;

    Credibility(int grade, String description) {
        this.grade = grade;
        this.description = description;
    }

    /**
     * The grade's number, 1 to 6.
     *
     * @return the number
     */
    public int grade() {
        return grade;
    }

    /**
     * The scale's words for this grade, such as "probably true".
     *
     * @return the description, never null
     */
    public String description() {
        return description;
    }

    /**
     * The grade with the given number.
     *
     * @param grade  the number, 1 to 6
     * @return the grade, never null
     * @throws IllegalArgumentException if the number is outside 1 to 6
     */
    public static Credibility of(int grade) {
        if (grade < 1 || grade > BY_GRADE.length) {
            throw new IllegalArgumentException("credibility " + grade + " is not on the scale; use 1 (confirmed) to "
                    + "5 (improbable), or 6 (cannot be judged)");
        }
        return BY_GRADE[grade - 1];
    }
}
