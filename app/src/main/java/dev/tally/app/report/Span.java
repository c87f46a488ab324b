package dev.tally.app.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that holds from one date until another, as a replay of the ledger found it: a check's
 * finding or a derived figure that stands while its inputs are the latest known.
 *
 * @param <T>  what holds
 * @param item  what holds
 * @param from  the first date it holds
 * @param until  the first date it no longer holds, empty if it still holds at the last date
 */
record Span<T>(T item, LocalDate from, Optional<LocalDate> until) {

    Span {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }
}
