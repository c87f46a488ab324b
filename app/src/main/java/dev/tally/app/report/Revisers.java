package dev.tally.app.report;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Ledger;
import dev.tally.core.model.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which estimates revise each estimate, and from when the first of them is known: an estimate is
 * superseded at a date when an estimate known at that date revises it (core's {@code Knowledge}).
 */
final class Revisers {

    private final Map<String, List<Estimate>> byTarget = new HashMap<>();

    Revisers(Ledger ledger) {
        for (Estimate estimate : ledger.estimates()) {
            for (Revision revision : estimate.revises()) {
                byTarget.computeIfAbsent(revision.target(), t -> new ArrayList<>()).add(estimate);
            }
        }
    }

    /** The ids of the estimates that revise this one. */
    List<String> of(String id) {
        return byTarget.getOrDefault(id, List.of()).stream().map(Estimate::id).toList();
    }

    /** The first date an estimate that revises this one is known, if any revises it. */
    Optional<LocalDate> supersededFrom(String id) {
        return byTarget.getOrDefault(id, List.of()).stream().map(e -> e.reported().end()).min(LocalDate::compareTo);
    }
}
