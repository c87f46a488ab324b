package dev.tally.core.model;

import java.util.Objects;

/**
 * The link from an estimate to one it supersedes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the id of the superseded estimate
 * @param kind  why it is superseded
 */
public record Revision(String target, RevisionKind kind) {

    /**
     * Checks both components.
     *
     * @param target  the id of the superseded estimate
     * @param kind  why it is superseded
     * @throws IllegalArgumentException if the target is not an id
     */
    public Revision {
        Ids.check(target, "revised estimate id");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An update of the given estimate: a newer figure, both true for their own periods.
     *
     * @param target  the id of the superseded estimate, not null
     * @return the revision, never null
     */
    public static Revision update(String target) {
        return new Revision(target, RevisionKind.UPDATE);
    }
}
