package dev.tally.adapters.json;

import dev.tally.core.model.InvalidLedgerException;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.LedgerViolation;
import dev.tally.core.model.LedgerViolation.Part;
import dev.tally.core.model.LedgerViolation.Rule;
import dev.tally.core.spi.InvalidInputException;
import dev.tally.core.spi.Location;
import dev.tally.core.spi.PlacedLedger;
import dev.tally.core.spi.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the records read into a {@link Ledger.Builder}, remembering where each started, and
 * builds the ledger or throws every problem of the input, the ledger's violations placed at their
 * records.
 *
 * <p>A record that could not be read is left out; the references to its id are then not reported
 * again as dangling.
 */
final class LedgerAssembly {

    private static final Set<Rule> DANGLING = Set.of(Rule.UNKNOWN_SOURCE, Rule.UNKNOWN_SUBJECT, Rule.UNKNOWN_METRIC,
            Rule.UNKNOWN_REVISED_ESTIMATE);

    private final Ledger.Builder builder = Ledger.builder();
    private final Map<Part, Places> places = new EnumMap<>(Part.class);
    private final Set<String> unread = new HashSet<>();

    /**
     * @param estimates  the pointer prefix of estimates, such as {@code /estimates/}; empty when each is a line
     */
    LedgerAssembly(String estimates) {
        places.put(Part.SOURCE, new Places("/sources/"));
        places.put(Part.SUBJECT, new Places("/subjects/"));
        places.put(Part.METRIC, new Places("/metrics/"));
        places.put(Part.ESTIMATE, new Places(estimates));
    }

    /** The builder that the records read are added to. */
    Ledger.Builder builder() {
        return builder;
    }

    /**
     * Remembers where the record just added to the builder started.
     *
     * @param part  the kind of record
     * @param index  its index in its array, or -1 for a record that is a whole line
     * @param start  where it starts, as {@link JsonInput#start()} gives it
     */
    void placed(Part part, int index, long start) {
        places.get(part).add(index, start);
    }

    /** Notes the id of a record that could not be read, so that references to it are not reported. */
    void unread(String id) {
        if (id != null) {
            unread.add(id);
        }
    }

    /**
     * Builds the ledger.
     *
     * @param problems  the problems found while reading, possibly none
     * @return the ledger, if there is no problem at all, with each estimate placed at the start of its object
     * @throws InvalidInputException listing the problems found while reading and the ledger's
     *         violations, in the order of the input
     */
    PlacedLedger build(List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems);
        Ledger ledger = null;
        try {
            ledger = builder.build();
        } catch (InvalidLedgerException e) {
            for (LedgerViolation violation : e.violations()) {
                if (!(DANGLING.contains(violation.rule()) && unread.contains(violation.ids().get(1)))) {
                    all.add(new Problem(places.get(violation.part()).get(violation.index()), violation.message()));
                }
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(inOrder(all));
        }
        Places estimates = places.get(Part.ESTIMATE);
        return new PlacedLedger(ledger, (index, field) -> estimates.get(index));
    }

    /** The problems sorted by line and column; problems at one place keep the order found. */
    static List<Problem> inOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong((Problem p) -> place(p).line()).thenComparingLong(p -> place(p).column()));
        return sorted;
    }

    /** The place of a problem; this adapter places every problem by a JSON pointer. */
    private static Location.JsonPointer place(Problem problem) {
        return (Location.JsonPointer) problem.location();
    }
}
