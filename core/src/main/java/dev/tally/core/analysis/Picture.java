package dev.tally.core.analysis;

import dev.tally.core.model.Estimate;
import dev.tally.core.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The picture as known at a date: for each subject, metric and source, the latest estimate reported
 * by then and not superseded, corrected or retracted by then. "What did we know in February?"
 *
 * <p>"Latest" is by {@code asOf} (the end of its period, then its start), then by {@code reported},
 * then by id. Entries are sorted by subject, metric and source. One walk over the knowledge's index,
 * whose series are already in this order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date  the date the picture is taken at ({@link LocalDate#MAX} for everything)
 * @param entries  one estimate per subject, metric and source
 */
public record Picture(LocalDate date, List<Estimate> entries) {

    /**
     * The order of periods, {@link Period#compareTo}, settled without comparing texts when the periods
     * are equal (the common case in a series of one month).
     */
    static final Comparator<Period> PERIODS = (a, b) -> a.equals(b) ? 0 : a.compareTo(b);

    /** The order in which the latest estimate of a series wins. */
    static final Comparator<Estimate> LATEST = Comparator.comparing(Estimate::asOf, PERIODS)
            .thenComparing(Estimate::reported, PERIODS).thenComparing(Estimate::id);

    /**
     * Checks the components and copies the entries.
     *
     * @param date  the date the picture is taken at ({@link LocalDate#MAX} for everything)
     * @param entries  one estimate per subject, metric and source
     */
    public Picture {
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(entries);
    }

    /**
     * Takes the picture.
     *
     * @param knowledge  what was known at the date, not null
     * @return the picture, never null
     */
    public static Picture of(Knowledge knowledge) {
        LedgerIndex index = knowledge.index();
        int[] order = index.bySeries();
        int[] runs = index.seriesRuns();
        List<Estimate> entries = new ArrayList<>();
        for (int r = 0; r + 1 < runs.length; r++) {
            for (int k = runs[r + 1] - 1; k >= runs[r]; k--) {
                if (!index.superseded[order[k]]) {
                    entries.add(index.estimate(order[k]));
                    break;
                }
            }
        }
        return new Picture(knowledge.date(), entries);
    }

    /**
     * The entries for one subject and metric, one per source.
     *
     * @param subject  the subject id, not null
     * @param metric  the metric id, not null
     * @return the entries, never null
     */
    public List<Estimate> entries(String subject, String metric) {
        return entries.stream().filter(e -> e.subject().equals(subject) && e.metric().equals(metric)).toList();
    }
}
