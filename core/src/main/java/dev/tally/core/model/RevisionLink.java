package dev.tally.core.model;

import java.util.Objects;

/**
 * A revision as a link between two estimates of a ledger: {@code estimate} revises {@code revised}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param estimate  the id of the revising estimate
 * @param revised  the id of the revised estimate
 * @param kind  why it is revised
 */
public record RevisionLink(String estimate, String revised, RevisionKind kind) {

    /**
     * Checks the components.
     *
     * @param estimate  the id of the revising estimate
     * @param revised  the id of the revised estimate
     * @param kind  why it is revised
     */
    public RevisionLink {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(kind, "kind");
    }
}
