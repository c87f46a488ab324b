package dev.tally.app.render;

import dev.tally.core.analysis.Knowledge;
import dev.tally.core.model.Estimate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the views show an estimate's id: an estimate that is only possibly known at the view's date,
 * shown because it was asked for, says so ({@code nis-2025-04-casualties (possibly known)}).
 */
public final class Marks {

    private static final Marks NONE = new Marks(Set.of());

    private final Set<String> possiblyKnown;

    private Marks(Set<String> possiblyKnown) {
        this.possiblyKnown = possiblyKnown;
    }

    /**
     * The marks of the estimates a view of this knowledge shows.
     *
     * @param knowledge  what the view shows
     * @return the marks: none unless the knowledge includes possibly known estimates
     */
    public static Marks of(Knowledge knowledge) {
        return knowledge.includesPossiblyKnown()
                ? new Marks(knowledge.possiblyKnown().map(Estimate::id).collect(Collectors.toUnmodifiableSet()))
                : NONE;
    }

    /**
     * The estimate's id as a view shows it.
     *
     * @param id  the estimate's id
     * @return the id, marked when the estimate is possibly known
     */
    public String id(String id) {
        return possiblyKnown.contains(id) ? id + " (possibly known)" : id;
    }
}
