package dev.tally.core.model;

/**
 * What is counted, such as {@code dprk-forces-russia}, "North Korean forces in Russia".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the slug that estimates use to name the subject
 * @param name  the name for people
 */
public record Subject(String id, String name) {

    /**
     * Checks both components.
     *
     * @param id  the slug that estimates use to name the subject
     * @param name  the name for people
     * @throws IllegalArgumentException if the id is malformed or the name blank
     */
    public Subject {
        Ids.check(id, "subject id");
        name = Ids.text(name, "subject name");
    }
}
