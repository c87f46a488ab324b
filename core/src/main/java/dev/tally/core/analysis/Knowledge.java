package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What was known at a date: the estimates made public by then, and which of them a known estimate
 * had already superseded.
 *
 * <p>An estimate is known at a date when its {@code reported} period has begun by that date: a
 * figure reported "2025-02" is known on 2025-02-15. An estimate is superseded at a date when an
 * estimate known at that date revises it (as an update, a correction or a retraction).
 * Building the knowledge is one pass over the ledger.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Knowledge {

    private final Ledger ledger;
    private final LocalDate date;
    private final Map<String, List<Estimate>> revisedBy;

    private Knowledge(Ledger ledger, LocalDate date) {
        this.ledger = ledger;
        this.date = date;
        Map<String, List<Estimate>> links = new HashMap<>();
        for (Estimate estimate : ledger.estimates()) {
            for (String target : estimate.revisedIds()) {
                links.computeIfAbsent(target, t -> new ArrayList<>(1)).add(estimate);
            }
        }
        this.revisedBy = links;
    }

    /**
     * What was known at the given date.
     *
     * @param ledger  the ledger, not null
     * @param date  the date, not null
     * @return the knowledge, never null
     */
    public static Knowledge at(Ledger ledger, LocalDate date) {
        return new Knowledge(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(date, "date"));
    }

    /**
     * Everything the ledger holds, whenever it was reported.
     *
     * @param ledger  the ledger, not null
     * @return the knowledge, never null
     */
    public static Knowledge ofAll(Ledger ledger) {
        return at(ledger, LocalDate.MAX);
    }

    /**
     * The ledger.
     *
     * @return the ledger, never null
     */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * The date.
     *
     * @return the date, {@link LocalDate#MAX} for everything
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Whether the estimate had been made public by the date.
     *
     * @param estimate  the estimate, not null
     * @return true if its reported period began on or before the date
     */
    public boolean isKnown(Estimate estimate) {
        return !estimate.reported().start().isAfter(date);
    }

    /**
     * Whether a known estimate revised this one by the date.
     *
     * @param estimate  the estimate, not null
     * @return true if superseded by then
     */
    public boolean isSuperseded(Estimate estimate) {
        return revisedBy(estimate).stream().anyMatch(this::isKnown);
    }

    /**
     * The known estimates that revise this one, in ledger order.
     *
     * @param estimate  the estimate, not null
     * @return the revising estimates, never null
     */
    public List<Estimate> revisedBy(Estimate estimate) {
        return revisedBy.getOrDefault(estimate.id(), Collections.emptyList()).stream().filter(this::isKnown).toList();
    }

    /**
     * The estimates known at the date, in ledger order.
     *
     * @return the known estimates, never null
     */
    public Stream<Estimate> known() {
        return ledger.estimates().stream().filter(this::isKnown);
    }

    /**
     * The estimates known and not superseded at the date, in ledger order.
     *
     * @return the current estimates, never null
     */
    public Stream<Estimate> current() {
        return known().filter(e -> !isSuperseded(e));
    }
}
