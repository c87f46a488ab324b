package dev.tally.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The one table of vague counts: the words sources use instead of a number ("dozens", "hundreds of
 * thousands"), each read to the bounds the words allow and a conservative best, the lowest value
 * the words allow. docs/figures.md shows the table and compares it with ACLED's coding.
 *
 * <table>
 *   <caption>Vague counts</caption>
 *   <tr><th>words</th><th>low</th><th>best</th><th>high</th></tr>
 *   <tr><td>a few</td><td>2</td><td>3</td><td>9</td></tr>
 *   <tr><td>several</td><td>3</td><td>3</td><td>9</td></tr>
 *   <tr><td>a dozen</td><td>10</td><td>12</td><td>14</td></tr>
 *   <tr><td>tens</td><td>20</td><td>20</td><td>99</td></tr>
 *   <tr><td>dozens</td><td>24</td><td>24</td><td>99</td></tr>
 *   <tr><td>scores</td><td>40</td><td>40</td><td>199</td></tr>
 *   <tr><td>hundreds</td><td>200</td><td>200</td><td>999</td></tr>
 *   <tr><td>thousands</td><td>2,000</td><td>2,000</td><td>9,999</td></tr>
 *   <tr><td>tens of thousands</td><td>20,000</td><td>20,000</td><td>99,999</td></tr>
 *   <tr><td>hundreds of thousands</td><td>200,000</td><td>200,000</td><td>999,999</td></tr>
 *   <tr><td>millions</td><td>2,000,000</td><td>2,000,000</td><td>9,999,999</td></tr>
 * </table>
 *
 * <p>"A few" and "several" also take a multiplier (dozen, hundred, thousand, million): "several
 * dozen" is 36 (36–108), "several hundred" 300 (300–900), "a few thousand" 3,000 (2,000–9,000). Words that name no bounds at all ("many", "numerous", "some")
 * are refused: no table can say how many they mean.
 */
final class VagueCounts {

    /**
     * One row of the table.
     *
     * @param words  the words, lower case
     * @param low  the fewest the words allow
     * @param best  the conservative best
     * @param high  the most the words allow
     * @param scalable  whether a multiplier (hundred, thousand, million) may follow
     */
    record Entry(String words, long low, long best, long high, boolean scalable) {
    }

    /** The table, longest words first, so that "tens of thousands" wins over "tens". */
    static final List<Entry> TABLE = List.of(
            new Entry("hundreds of thousands", 200_000, 200_000, 999_999, false),
            new Entry("tens of thousands", 20_000, 20_000, 99_999, false),
            new Entry("thousands", 2_000, 2_000, 9_999, false),
            new Entry("millions", 2_000_000, 2_000_000, 9_999_999, false),
            new Entry("hundreds", 200, 200, 999, false),
            new Entry("several", 3, 3, 9, true),
            new Entry("a dozen", 10, 12, 14, false),
            new Entry("dozens", 24, 24, 99, false),
            new Entry("scores", 40, 40, 199, false),
            new Entry("a few", 2, 3, 9, true),
            new Entry("tens", 20, 20, 99, false));

    private static final List<Entry> MULTIPLIERS = List.of(new Entry("dozen", 12, 12, 12, false),
            new Entry("hundred", 100, 100, 100, false),
            new Entry("thousand", 1_000, 1_000, 1_000, false), new Entry("million", 1_000_000, 1_000_000, 1_000_000,
                    false));

    private VagueCounts() {
    }

    /**
     * The figure vague words state, such as "dozens" or "several hundred", in normalised text
     * (lower case, single spaces).
     *
     * @param s  the normalised text
     * @return the figure, or empty if the text is not one row of the table
     */
    static Optional<Quantity> read(String s) {
        for (Entry entry : TABLE) {
            if (s.equals(entry.words())) {
                return Optional.of(Quantity.bestWithin(entry.best(), entry.low(), entry.high()));
            }
            if (entry.scalable() && s.startsWith(entry.words() + " ")) {
                String rest = s.substring(entry.words().length() + 1);
                for (Entry multiplier : MULTIPLIERS) {
                    if (rest.equals(multiplier.words())) {
                        long m = multiplier.low();
                        return Optional.of(Quantity.bestWithin(entry.best() * m, entry.low() * m, entry.high() * m));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
