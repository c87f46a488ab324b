package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Period;
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
 * had already superseded. This is the one rule of "known" for every view.
 *
 * <p>An estimate is <b>known</b> at a date when its {@code reported} period has <b>ended</b> by that
 * date: a figure reported on a day is known from that day, one reported in a month from the month's
 * last day, in a year from 31 December, in an interval from its last day. While the date falls
 * inside the reported period, the estimate is only <b>possibly known</b>: it may or may not have
 * been public yet. In the sample ledger, NIS's "around 4,700 casualties" was reported in April 2025
 * without a day: on 2025-04-02 it is possibly known, and from 2025-04-30 it is known, so that on
 * 2025-04-02 the casualties stand at the military's ~4,000 of February. Possibly known estimates
 * are left out unless asked for ({@link #includingPossiblyKnown()}); then they count as known,
 * and their revisions supersede.
 *
 * <p>An estimate is superseded at a date when an estimate known at that date revises it (as an
 * update, a correction or a retraction). It is withdrawn at a date when such an estimate corrects or
 * retracts it: an update leaves the older figure true for its own period, a correction or a
 * retraction does not. Building the knowledge is one pass over the revisions, by the positions of
 * the estimates that the ledger found when it checked them ({@link Ledger#references()}); each
 * question after that is a lookup (the estimates revising each one are gathered in a second pass,
 * on the first question).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Knowledge {

    private final Ledger ledger;
    private final LocalDate date;
    private final boolean possiblyKnownIncluded;
    private static final byte SUPERSEDED = 1;
    private static final byte WITHDRAWN = 2;

    /**
     * Per position in the ledger: {@link #WITHDRAWN} if a known estimate corrected or retracted the
     * estimate there, else {@link #SUPERSEDED} if one updated it, else 0.
     */
    private final byte[] revised;
    private Map<String, List<Estimate>> revisedBy;
    private LedgerIndex index;

    private Knowledge(Ledger ledger, LocalDate date, boolean possiblyKnownIncluded) {
        this.ledger = ledger;
        this.date = date;
        this.possiblyKnownIncluded = possiblyKnownIncluded;
        byte[] links = new byte[ledger.estimates().size()];
        List<Estimate> estimates = ledger.estimates();
        boolean all = date.equals(LocalDate.MAX);
        ledger.references().forEachRevision((estimate, target, withdraws) -> {
            if (all || isKnown(estimates.get(estimate))) {
                links[target] = (byte) Math.max(links[target], withdraws ? WITHDRAWN : SUPERSEDED);
            }
        });
        this.revised = links;
    }

    /**
     * What was known at the given date: the estimates whose reported period had ended by then.
     *
     * @param ledger  the ledger, not null
     * @param date  the date, not null
     * @return the knowledge, never null
     */
    public static Knowledge at(Ledger ledger, LocalDate date) {
        return new Knowledge(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(date, "date"), false);
    }

    /**
     * What may have been known at the same date: the possibly known estimates count as known too,
     * and their revisions supersede.
     *
     * @return the knowledge, never null; {@code this} if it already includes them
     */
    public Knowledge includingPossiblyKnown() {
        return possiblyKnownIncluded ? this : new Knowledge(ledger, date, true);
    }

    /**
     * Whether the possibly known estimates count as known.
     *
     * @return true if made by {@link #includingPossiblyKnown()}
     */
    public boolean includesPossiblyKnown() {
        return possiblyKnownIncluded;
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

    /** The index of the ledger as known at the date, built on first use and shared by every view. */
    synchronized LedgerIndex index() {
        if (index == null) {
            index = new LedgerIndex(this);
        }
        return index;
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
     * @return true if its reported period ended on or before the date, or, when possibly known
     *     estimates are included, began on or before it
     */
    public boolean isKnown(Estimate estimate) {
        return isKnownWhenReported(estimate.reported());
    }

    /** Whether an estimate reported in the period had been made public by the date, as {@link #isKnown}. */
    boolean isKnownWhenReported(Period reported) {
        return date.equals(LocalDate.MAX) || !reported.end().isAfter(date)
                || possiblyKnownIncluded && isPossiblyKnownWhenReported(reported);
    }

    /**
     * Whether the estimate may or may not have been public at the date: the date falls inside its
     * reported period, after its first day and before its last (a figure reported "2025-04" on
     * 2025-04-02). This holds whether or not possibly known estimates are included.
     *
     * @param estimate  the estimate, not null
     * @return true if its reported period began but had not ended by the date
     */
    public boolean isPossiblyKnown(Estimate estimate) {
        return isPossiblyKnownWhenReported(estimate.reported());
    }

    private boolean isPossiblyKnownWhenReported(Period reported) {
        return !date.equals(LocalDate.MAX) && !reported.start().isAfter(date) && reported.end().isAfter(date);
    }

    /**
     * The estimates possibly known at the date, in ledger order: those a view leaves out unless
     * they are included.
     *
     * @return the possibly known estimates, never null
     */
    public Stream<Estimate> possiblyKnown() {
        return ledger.estimates().stream().filter(this::isPossiblyKnown);
    }

    /**
     * Whether a known estimate revised this one by the date.
     *
     * @param estimate  the estimate, not null
     * @return true if superseded by then
     */
    public boolean isSuperseded(Estimate estimate) {
        return revision(estimate) != 0;
    }

    /**
     * Whether a known estimate corrected or retracted this one by the date: the figure was wrong or
     * withdrawn. An update does not withdraw: both figures stay true for their own periods.
     *
     * @param estimate  the estimate, not null
     * @return true if corrected or retracted by then
     */
    public boolean isWithdrawn(Estimate estimate) {
        return revision(estimate) == WITHDRAWN;
    }

    /** How the ledger's estimate with the estimate's id was revised by the date: 0 if not at all. */
    private byte revision(Estimate estimate) {
        int position = ledger.references().estimate(estimate.id());
        return position < 0 ? 0 : revised[position];
    }

    /** Whether a known estimate revised the estimate at the ledger position by the date. */
    boolean isSuperseded(int position) {
        return revised[position] != 0;
    }

    /** Whether a known estimate corrected or retracted the estimate at the ledger position by the date. */
    boolean isWithdrawn(int position) {
        return revised[position] == WITHDRAWN;
    }

    /**
     * The known estimates that revise this one, in ledger order.
     *
     * @param estimate  the estimate, not null
     * @return the revising estimates, never null
     */
    public List<Estimate> revisedBy(Estimate estimate) {
        return Collections.unmodifiableList(revisedBy().getOrDefault(estimate.id(), Collections.emptyList()));
    }

    /** The known estimates that revise each revised estimate, by its id: made on first use, as few views ask. */
    private synchronized Map<String, List<Estimate>> revisedBy() {
        if (revisedBy == null) {
            Map<String, List<Estimate>> links = new HashMap<>();
            known().forEach(estimate -> estimate.revises().forEach(revision ->
                    links.computeIfAbsent(revision.target(), t -> new ArrayList<>(1)).add(estimate)));
            revisedBy = links;
        }
        return revisedBy;
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

    /**
     * The estimates known and not withdrawn (corrected or retracted) at the date, in ledger order:
     * each still true for its own period, though an update may have superseded it.
     *
     * @return the standing estimates, never null
     */
    public Stream<Estimate> standing() {
        return known().filter(e -> !isWithdrawn(e));
    }
}
