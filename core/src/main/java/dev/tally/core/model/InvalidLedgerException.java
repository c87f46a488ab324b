package dev.tally.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a ledger would break its invariants; lists every violation, not only the first.
 */
public final class InvalidLedgerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<LedgerViolation> violations;

    /**
     * Creates the exception.
     *
     * @param violations  every violation found, not empty
     */
    public InvalidLedgerException(List<LedgerViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<LedgerViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid ledger has at least one violation");
        }
        return "the ledger is invalid (" + violations.size() + (violations.size() == 1 ? " problem" : " problems")
                + "):" + violations.stream().map(v -> "\n  " + v.message()).collect(Collectors.joining());
    }

    /**
     * Every violation found, in the order of the records at fault.
     *
     * @return the violations, never empty
     */
    public List<LedgerViolation> violations() {
        return violations;
    }
}
