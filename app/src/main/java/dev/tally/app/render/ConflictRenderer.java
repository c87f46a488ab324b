package dev.tally.app.render;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.EstimateField;
import dev.tally.core.model.LedgerMerge;
import dev.tally.core.model.LedgerViolation;
import dev.tally.core.spi.PlacedLedger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conflicts of an import for people: each record of the file whose id the ledger holds with other
 * content, at its place in the file ({@code Estimates!E6}, the cell of the first field that differs,
 * or a JSON pointer with line and column), with every differing field old → new, then what to do.
 */
public final class ConflictRenderer {

    private ConflictRenderer() {
    }

    /**
     * Renders the conflicts.
     *
     * @param input  the file imported, as given
     * @param target  the ledger imported into, as given
     * @param incoming  the file's ledger and its places
     * @param conflicts  the conflicts, not empty
     * @param revising  whether the import was asked to revise changed estimates
     * @return the lines, never null
     */
    public static List<String> render(String input, String target, PlacedLedger incoming,
                                      List<LedgerMerge.Conflict> conflicts, boolean revising) {
        Map<String, Integer> positions = positions(incoming, conflicts);
        List<String> lines = new ArrayList<>();
        lines.add(input + " changes " + conflicts.size() + (conflicts.size() == 1 ? " record" : " records") + " of "
                + target + "; nothing was written:");
        for (LedgerMerge.Conflict conflict : conflicts) {
            boolean estimate = conflict.part() == LedgerViolation.Part.ESTIMATE;
            String place = estimate && positions.containsKey(conflict.id())
                    ? place(incoming, positions.get(conflict.id()), conflict) : input;
            lines.add("  " + place + ": " + conflict.part().name().toLowerCase(Locale.ROOT) + " " + conflict.id());
            conflict.change().fields().forEach(field -> lines.add("    " + field.toText()));
        }
        if (!revising && conflicts.stream().anyMatch(c -> c.part() == LedgerViolation.Part.ESTIMATE)) {
            lines.add("  Nothing is overwritten. To keep both, import again with --revise correction (the ledger's "
                    + "figure was wrong)");
            lines.add("  or --revise update (a newer figure): each changed estimate then comes in as a new estimate "
                    + "revising the old one.");
        }
        if (conflicts.stream().anyMatch(c -> c.part() != LedgerViolation.Part.ESTIMATE)) {
            lines.add("  A source, subject or metric is never revised: make the file's record match the ledger's, "
                    + "or give it an id of its own.");
        }
        return lines;
    }

    /** The place of the first field that differs between the two versions of a conflicting estimate. */
    private static String place(PlacedLedger incoming, int position, LedgerMerge.Conflict conflict) {
        Estimate before = (Estimate) conflict.change().before();
        Estimate after = (Estimate) conflict.change().after();
        for (EstimateField field : EstimateField.values()) {
            if (!field.valueOf(before).equals(field.valueOf(after))) {
                return incoming.places().of(position, field).toString();
            }
        }
        return incoming.places().of(position, EstimateField.SOURCE).toString();
    }

    /** The positions in the file's ledger of the conflicting estimates, in one pass. */
    private static Map<String, Integer> positions(PlacedLedger incoming, List<LedgerMerge.Conflict> conflicts) {
        Map<String, Integer> wanted = new HashMap<>();
        conflicts.forEach(c -> wanted.put(c.id(), -1));
        List<Estimate> estimates = incoming.ledger().estimates();
        for (int i = 0; i < estimates.size(); i++) {
            int position = i;
            wanted.computeIfPresent(estimates.get(i).id(), (id, none) -> position);
        }
        wanted.values().removeIf(p -> p < 0);
        return wanted;
    }
}
