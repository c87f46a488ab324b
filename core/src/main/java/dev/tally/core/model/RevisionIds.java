package dev.tally.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The estimate that an edited estimate becomes when it is merged as a revision: the edited content,
 * under an id derived from the old id, the kind of revision and the new content, revising the old
 * estimate. The same edit always gives the same id, so that importing it twice adds it once:
 * {@code nis-2025-04-killed} edited to 650 as a correction becomes
 * {@code nis-2025-04-killed-correction-} and ten hex digits of a SHA-256 of the content.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevisionIds {

    private static final int MAX_ID_LENGTH = 200;
    private static final int HASH_DIGITS = 10;

    private RevisionIds() {
    }

    /**
     * The estimate that revises {@code old} with the content of {@code edited}.
     *
     * @param old  the estimate in the ledger, not null
     * @param edited  the estimate with the same id and the new content, not null
     * @param kind  the kind of revision, not null
     * @return the revising estimate: the edited content, a derived id, and the edited estimate's
     *         revisions followed by one of {@code old}; never null
     */
    public static Estimate revision(Estimate old, Estimate edited, RevisionKind kind) {
        List<Revision> revises = new ArrayList<>(edited.revises());
        revises.removeIf(r -> r.target().equals(old.id()));
        revises.add(new Revision(old.id(), kind));
        return edited.toBuilder().id(derivedId(old.id(), edited, kind)).revises(revises).build();
    }

    /**
     * The id of the estimate revising {@code oldId} with the content of {@code edited}.
     *
     * @param oldId  the revised estimate's id, not null
     * @param edited  the new content, not null
     * @param kind  the kind of revision, not null
     * @return the id, at most 200 characters, never null
     */
    public static String derivedId(String oldId, Estimate edited, RevisionKind kind) {
        String suffix = "-" + kind.toText() + "-" + hash(edited, kind);
        String stem = oldId.length() + suffix.length() > MAX_ID_LENGTH
                ? oldId.substring(0, MAX_ID_LENGTH - suffix.length()) : oldId;
        return stem + suffix;
    }

    private static String hash(Estimate edited, RevisionKind kind) {
        String content = Stream.concat(Stream.of(kind.toText()),
                        Stream.of(EstimateField.values()).map(f -> f.valueOf(edited)))
                .collect(Collectors.joining("\u001f"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
