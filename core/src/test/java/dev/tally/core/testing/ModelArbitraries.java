package dev.tally.core.testing;

import dev.tally.core.model.Metric;
import dev.tally.core.model.MetricCatalog;
import dev.tally.core.model.Quantity;
import java.util.Optional;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of the core's values, shared with the adapters' and the app's property tests
 * through the {@code tally-core} test jar.
 */
public final class ModelArbitraries {

    private ModelArbitraries() {
    }

    /**
     * Ids as the model accepts them: a letter or digit, then letters, digits, '.', '_', ':' or '-'.
     *
     * @return the generator
     */
    public static Arbitrary<String> ids() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
        Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '-').ofMaxLength(12);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    /**
     * Counts from 0 to {@link Quantity#MAX_COUNT}, with the edges often.
     *
     * @return the generator
     */
    public static Arbitrary<Long> counts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Quantity.MAX_COUNT),
                Arbitraries.of(0L, 1L, 999L, 1_000L, Quantity.MAX_COUNT - 1, Quantity.MAX_COUNT));
    }

    /**
     * Exact, approximate, ranged, best-inside-bounds, at-least and at-most figures.
     *
     * @return the generator
     */
    public static Arbitrary<Quantity> quantities() {
        Arbitrary<Quantity> ranges = Combinators.combine(counts(), counts())
                .as((a, b) -> Quantity.range(Math.min(a, b), Math.max(a, b)));
        return Arbitraries.oneOf(counts().map(Quantity::exact), counts().map(Quantity::approximately), ranges,
                bestsInsideBounds(), counts().map(Quantity::atLeast), counts().map(Quantity::atMost));
    }

    /**
     * Figures with a best of their own inside their bounds, the best anywhere from the low to the
     * high (often at an edge, as in UCDP's "low 1, best 1, high 30").
     *
     * @return the generator
     */
    public static Arbitrary<Quantity> bestsInsideBounds() {
        return Combinators.combine(counts(), counts(), counts()).as((a, b, c) -> {
            long[] sorted = LongStream.of(a, b, c).sorted().toArray();
            return Quantity.bestWithin(sorted[1], sorted[0], sorted[2]);
        });
    }

    /**
     * Synonyms made of texts: one name each, the separators of a list ({@code ;}, {@code ,}, line
     * breaks) turned into spaces, stripped, never empty.
     *
     * @param texts  the texts to make them of
     * @return the generator
     */
    public static Arbitrary<String> synonyms(Arbitrary<String> texts) {
        return texts.map(text -> text.replaceAll("[;,\r\n]", " ").strip()).filter(text -> !text.isEmpty());
    }

    /**
     * Metrics a ledger adds: ids starting {@code x-}, so none is built in, names and units of the
     * texts given, a part-of and a cannot-exceed relation to a built-in metric or none, and up to
     * three synonyms.
     *
     * @param texts  the names and units
     * @param synonyms  the synonyms
     * @return the generator
     */
    public static Arbitrary<Metric> addedMetrics(Arbitrary<String> texts, Arbitrary<String> synonyms) {
        Arbitrary<Optional<String>> builtIn = Arbitraries.of(MetricCatalog.builtIn()).map(Metric::id).optional(0.5);
        return Combinators.combine(ids().map(id -> "x-" + id), texts, texts, builtIn, builtIn,
                synonyms.list().ofMaxSize(3)).as(Metric::new);
    }
}
