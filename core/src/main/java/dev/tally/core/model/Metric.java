package dev.tally.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of figure, with its unit and its relations to other metrics.
 *
 * <p>{@code partOf} names the whole this metric is a part of ({@code killed} is part of
 * {@code casualties}); {@code cannotExceed} names a metric it can never be larger than
 * ({@code casualties} cannot exceed {@code deployed}). Synonyms are the other words by which an
 * import may name the metric (KIA, dead, fatalities for {@code killed}); each is one name, without
 * {@code ;}, {@code ,} or a line break, as lists of synonyms are separated by them.
 * {@link MetricCatalog} holds the built-in metrics; a ledger may add its own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the slug that estimates use, such as {@code killed}
 * @param name  the name for people
 * @param unit  what is counted, such as "people"
 * @param partOf  the id of the whole that this metric is a part of
 * @param cannotExceed  the id of a metric this one can never exceed
 * @param synonyms  other names an import accepts for this metric, in order
 */
public record Metric(String id, String name, String unit, Optional<String> partOf, Optional<String> cannotExceed,
                     List<String> synonyms) {

    /**
     * Checks every component and copies the synonyms.
     *
     * @param id  the slug that estimates use, such as {@code killed}
     * @param name  the name for people
     * @param unit  what is counted, such as "people"
     * @param partOf  the id of the whole that this metric is a part of
     * @param cannotExceed  the id of a metric this one can never exceed
     * @param synonyms  other names an import accepts for this metric, in order
     * @throws IllegalArgumentException if an id is malformed, a text blank, a synonym more than one name,
     *         or the metric a part of itself
     */
    public Metric {
        Ids.check(id, "metric id");
        name = Ids.text(name, "metric name");
        unit = Ids.text(unit, "unit");
        Objects.requireNonNull(partOf, "partOf").ifPresent(whole -> Ids.check(whole, "partOf"));
        Objects.requireNonNull(cannotExceed, "cannotExceed").ifPresent(bound -> Ids.check(bound, "cannotExceed"));
        if (partOf.filter(id::equals).isPresent() || cannotExceed.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("metric " + id + " cannot be related to itself");
        }
        synonyms = synonyms.stream().map(Metric::synonym).toList();
    }

    private static String synonym(String text) {
        String synonym = Ids.text(text, "synonym");
        if (synonym.chars().anyMatch(c -> ";,\n\r".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("synonym \"" + synonym + "\" holds ';', ',' or a line break, which "
                    + "separate synonyms in a list; give each name as a synonym of its own");
        }
        return synonym;
    }

    /**
     * A metric of people with no relations and no synonyms.
     *
     * @param id  the slug, not null
     * @param name  the name, not blank
     * @return the metric, never null
     */
    public static Metric of(String id, String name) {
        return new Metric(id, name, "people", Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * Whether the text names this metric: its id, its name or one of its synonyms, ignoring case,
     * spaces and punctuation ("KIA/WIA" matches "kia wia").
     *
     * @param text  the text, not null
     * @return true if the text names this metric
     */
    public boolean isNamedBy(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return false;
        }
        return key.equals(key(id)) || key.equals(key(name)) || synonyms.stream().anyMatch(s -> key.equals(key(s)));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
