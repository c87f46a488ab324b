package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Revision;
import dev.tally.core.model.RevisionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The revisions around one estimate, both ways: the estimates it supersedes (and those they
 * supersede), and the estimates that supersede it (and so on), with the kind of each link.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param focus  the estimate asked about
 * @param earlier  the estimates it supersedes, directly or not, oldest first
 * @param later  the estimates that supersede it, directly or not, oldest first
 * @param links  every revision link among them: which estimate revises which, and how
 */
public record History(Estimate focus, List<Estimate> earlier, List<Estimate> later, List<Link> links) {

    /** At most this many chains are listed by {@link #chains}. */
    public static final int MAX_CHAINS = 16;

    private static final Comparator<Estimate> OLDEST_FIRST =
            Comparator.comparing(Estimate::reported, Picture.PERIODS).thenComparing(Estimate::asOf, Picture.PERIODS)
                    .thenComparing(Estimate::id);

    /**
     * One revision link.
     *
     * @param from  the id of the revising estimate
     * @param to  the id of the revised estimate
     * @param kind  the kind of revision
     */
    public record Link(String from, String to, RevisionKind kind) {
        /**
         * Checks the components.
         *
         * @param from  the id of the revising estimate
         * @param to  the id of the revised estimate
         * @param kind  the kind of revision
         */
        public Link {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param focus  the estimate asked about
     * @param earlier  the estimates it supersedes, directly or not, oldest first
     * @param later  the estimates that supersede it, directly or not, oldest first
     * @param links  every revision link among them: which estimate revises which, and how
     */
    public History {
        Objects.requireNonNull(focus, "focus");
        earlier = List.copyOf(earlier);
        later = List.copyOf(later);
        links = List.copyOf(links);
    }

    /**
     * The history of an estimate, among the estimates known at the date.
     *
     * @param knowledge  what was known at the date, not null
     * @param id  the estimate's id, not null
     * @return the history, or empty if no such estimate was known
     */
    public static Optional<History> of(Knowledge knowledge, String id) {
        Optional<Estimate> focus = knowledge.ledger().estimate(id).filter(knowledge::isKnown);
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        Set<Link> links = new LinkedHashSet<>();
        List<Estimate> earlier = walk(focus.get(), e -> revised(knowledge, e), links, true);
        List<Estimate> later = walk(focus.get(), knowledge::revisedBy, links, false);
        return Optional.of(new History(focus.get(), earlier, later, new ArrayList<>(links)));
    }

    /**
     * The chains of revisions that lead to an estimate, each from an estimate that revises nothing
     * (known) to the given one: {@code ~300 → ~4,000 → ~4,700}. At most {@link #MAX_CHAINS}.
     *
     * @param knowledge  what was known at the date, not null
     * @param last  the estimate the chains end with, not null
     * @return the chains, oldest estimate first; empty if the estimate revises nothing
     */
    public static List<List<Estimate>> chains(Knowledge knowledge, Estimate last) {
        List<List<Estimate>> chains = new ArrayList<>();
        Deque<Step> open = new ArrayDeque<>();
        open.push(new Step(last, null));
        while (!open.isEmpty() && chains.size() < MAX_CHAINS) {
            Step step = open.pop();
            List<Estimate> before = revised(knowledge, step.estimate());
            if (before.isEmpty()) {
                if (step.next() != null) {
                    chains.add(step.toList());
                }
                continue;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                open.push(new Step(before.get(i), step));
            }
        }
        return chains;
    }

    /**
     * A chain being walked back from its last estimate: this estimate, then the rest towards the
     * last. Shares its tail with the other chains, so that lengthening it costs no copy (revisions
     * are acyclic, so a walk ends).
     */
    private record Step(Estimate estimate, Step next) {
        List<Estimate> toList() {
            List<Estimate> chain = new ArrayList<>();
            for (Step step = this; step != null; step = step.next()) {
                chain.add(step.estimate());
            }
            return chain;
        }
    }

    private static List<Estimate> revised(Knowledge knowledge, Estimate estimate) {
        return estimate.revisedIds().stream().map(id -> knowledge.ledger().estimate(id).orElseThrow())
                .filter(knowledge::isKnown).toList();
    }

    private static List<Estimate> walk(Estimate start, java.util.function.Function<Estimate, List<Estimate>> next,
                                       Set<Link> links, boolean backwards) {
        Set<Estimate> seen = new LinkedHashSet<>();
        Deque<Estimate> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Estimate current = queue.poll();
            for (Estimate neighbour : next.apply(current)) {
                Estimate reviser = backwards ? current : neighbour;
                Estimate revised = backwards ? neighbour : current;
                reviser.revises().stream().filter(r -> r.target().equals(revised.id())).map(Revision::kind)
                        .findFirst().ifPresent(kind -> links.add(new Link(reviser.id(), revised.id(), kind)));
                if (!neighbour.id().equals(start.id()) && seen.add(neighbour)) {
                    queue.add(neighbour);
                }
            }
        }
        return seen.stream().sorted(OLDEST_FIRST).toList();
    }
}
