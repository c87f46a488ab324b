package dev.tally.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what holds at each of a series of dates, in date order, into spans: an item that holds
 * at consecutive dates becomes one span from the first of them until the date it stops holding.
 * Items are told apart by equality.
 *
 * @param <T>  what holds
 */
final class Spans<T> {

    private final Map<T, LocalDate> open = new LinkedHashMap<>();
    private final List<Span<T>> closed = new ArrayList<>();

    /** Records what holds at the next date; dates come in increasing order. */
    void at(LocalDate date, List<T> holding) {
        Set<T> now = new HashSet<>(holding);
        List<T> ended = open.keySet().stream().filter(item -> !now.contains(item)).toList();
        for (T item : ended) {
            closed.add(new Span<>(item, open.remove(item), Optional.of(date)));
        }
        holding.forEach(item -> open.putIfAbsent(item, date));
    }

    /** Every span, those still holding last. */
    List<Span<T>> spans() {
        List<Span<T>> all = new ArrayList<>(closed);
        open.forEach((item, from) -> all.add(new Span<>(item, from, Optional.empty())));
        return all;
    }
}
