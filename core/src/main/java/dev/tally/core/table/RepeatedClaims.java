package dev.tally.core.table;

import dev.tally.core.model.Citation;
import dev.tally.core.model.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rows without an Id that state the same claim (source, subject, metric, figure, As of and
 * Reported), and so get the same generated id: the second is a problem that names the first row,
 * says what else differs, and how to keep both or drop one. Not thread-safe.
 */
final class RepeatedClaims {

    /** The longest value quoted in a message. */
    private static final int QUOTED = 40;

    /** The columns outside the claim, with how each reads an estimate. */
    private static final Map<String, Function<Estimate, Object>> OTHER_COLUMNS = columns();

    private final Map<String, Claim> seen = new HashMap<>();

    private record Claim(int row, Estimate estimate) {
    }

    /**
     * Notes a row's estimate whose id was generated.
     *
     * @return why the row repeats an earlier one, or empty if it does not
     */
    Optional<String> repeat(Estimate estimate, int row) {
        Claim first = seen.putIfAbsent(estimate.id(), new Claim(row, estimate));
        if (first == null) {
            return Optional.empty();
        }
        Estimate other = first.estimate();
        List<String> differences = new ArrayList<>();
        OTHER_COLUMNS.forEach((column, read) -> {
            if (!Objects.equals(read.apply(other), read.apply(estimate))) {
                differences.add(column + " (" + shown(read.apply(other)) + " and " + shown(read.apply(estimate)) + ")");
            }
        });
        String claim = "this row states the same claim as row " + first.row() + " (source " + estimate.source()
                + ", subject " + estimate.subject() + ", metric " + estimate.metric() + ", figure "
                + estimate.quantity().toDisplayText() + ", as of " + estimate.asOf() + ", reported "
                + estimate.reported() + "), so both would get the id \"" + estimate.id() + "\"";
        return Optional.of(differences.isEmpty() ? claim + "; the two rows are the same: delete one"
                : claim + "; they differ only in " + String.join(", ", differences) + ": to keep both, give each an "
                        + "Id; otherwise delete one");
    }

    private static Map<String, Function<Estimate, Object>> columns() {
        Map<String, Function<Estimate, Object>> columns = new LinkedHashMap<>();
        columns.put("Basis", e -> e.basis().toText());
        columns.put("Via", e -> e.via().orElse(null));
        columns.put("Credibility", e -> e.credibility().map(c -> c.grade()).orElse(null));
        columns.put("Citation title", e -> e.citation().flatMap(Citation::title).orElse(null));
        columns.put("Publisher", e -> e.citation().flatMap(Citation::publisher).orElse(null));
        columns.put("URL", e -> e.citation().flatMap(Citation::url).orElse(null));
        columns.put("Quote", e -> e.citation().flatMap(Citation::quote).orElse(null));
        columns.put("Note", e -> e.note().orElse(null));
        columns.put("Revises", e -> e.revisedIds().isEmpty() ? null : String.join("; ", e.revisedIds()));
        return Collections.unmodifiableMap(columns);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "empty";
        }
        String text = value.toString();
        return "\"" + (text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text) + "\"";
    }
}
