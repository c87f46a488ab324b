package dev.tally.core.model;

import java.util.OptionalLong;

/**
 * A figure as a source stated it: exact, approximate, a range, a best value inside bounds, a lower
 * bound or an upper bound.
 *
 * <p>Every quantity projects onto a low, a best and a high value:
 * <table>
 *   <caption>Projections</caption>
 *   <tr><th>form</th><th>canonical text</th><th>low</th><th>best</th><th>high</th></tr>
 *   <tr><td>exact</td><td>{@code 600}</td><td>600</td><td>600</td><td>600</td></tr>
 *   <tr><td>approximate</td><td>{@code ~4700}</td><td>4700</td><td>4700</td><td>4700</td></tr>
 *   <tr><td>range</td><td>{@code 10000-12000}</td><td>10000</td><td>11000</td><td>12000</td></tr>
 *   <tr><td>best inside bounds</td><td>{@code 25 (20-40)}</td><td>20</td><td>25</td><td>40</td></tr>
 *   <tr><td>at least</td><td>{@code >=300}</td><td>300</td><td>300</td><td>unbounded</td></tr>
 *   <tr><td>at most</td><td>{@code <=3000}</td><td>0</td><td>none</td><td>3000</td></tr>
 * </table>
 *
 * <p>Counts are whole and between 0 and {@link #MAX_COUNT}. {@link #parse(String)} reads the
 * canonical text and the many ways people write figures ("around 4,700", "10,000 to 12,000",
 * "more than 300", "1.2 million"); {@link #toText()} writes the canonical text and
 * {@link #toDisplayText()} a text for people with thousands separators, and both parse back to an
 * equal quantity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity {

    /**
     * The largest count a quantity may hold: 999,999,999,999,999. It is below 2<sup>53</sup>, so
     * every count survives a spreadsheet cell (a double) and a JSON number exactly, and sums of
     * many counts cannot overflow a {@code long}.
     */
    public static final long MAX_COUNT = 999_999_999_999_999L;

    /** The six ways a figure can be stated. */
    public enum Form {
        /** A figure given as exact: {@code 600}. */
        EXACT,
        /** A figure given as approximate: {@code around 4,700}. */
        APPROXIMATE,
        /** A figure given as a range: {@code 10,000 to 12,000}. */
        RANGE,
        /**
         * A best value of its own inside bounds, as event datasets such as UCDP's give low, best
         * and high: {@code 25 (20-40)}.
         */
        BEST_INSIDE_BOUNDS,
        /** A lower bound: {@code at least 300}. */
        AT_LEAST,
        /** An upper bound: {@code up to 3,000}. */
        AT_MOST
    }

    private final Form form;
    private final long low;
    private final long best;
    private final long high;

    private Quantity(Form form, long low, long high) {
        this(form, low, form == Form.RANGE ? low + (high - low + 1) / 2 : low, high);
    }

    private Quantity(Form form, long low, long best, long high) {
        this.form = form;
        this.low = low;
        this.best = best;
        this.high = high;
    }

    /**
     * An exact figure.
     *
     * @param count  the count, from 0 to {@link #MAX_COUNT}
     * @return the quantity, never null
     */
    public static Quantity exact(long count) {
        return new Quantity(Form.EXACT, checked(count), count);
    }

    /**
     * An approximate figure, such as "around 4,700".
     *
     * @param count  the count, from 0 to {@link #MAX_COUNT}
     * @return the quantity, never null
     */
    public static Quantity approximately(long count) {
        return new Quantity(Form.APPROXIMATE, checked(count), count);
    }

    /**
     * A range, such as "10,000 to 12,000".
     *
     * @param low  the low end, from 0 to {@link #MAX_COUNT}
     * @param high  the high end, from {@code low} to {@link #MAX_COUNT}
     * @return the quantity, never null
     * @throws IllegalArgumentException if {@code low > high} or either is out of bounds
     */
    public static Quantity range(long low, long high) {
        checked(low);
        checked(high);
        if (low > high) {
            throw new IllegalArgumentException("range low " + low + " exceeds its high " + high);
        }
        return new Quantity(Form.RANGE, low, high);
    }

    /**
     * A best value with bounds of their own, such as UCDP's "low 1, best 1, high 30": the best
     * need not be the midpoint of the bounds.
     *
     * @param best  the best value, from {@code low} to {@code high}
     * @param low  the low bound, from 0 to {@link #MAX_COUNT}
     * @param high  the high bound, from {@code low} to {@link #MAX_COUNT}
     * @return the quantity, never null
     * @throws IllegalArgumentException if {@code low > high}, the best lies outside the bounds, or
     *     a count is out of bounds
     */
    public static Quantity bestWithin(long best, long low, long high) {
        range(low, high);
        if (best < low || best > high) {
            throw new IllegalArgumentException("best " + best + " lies outside its bounds " + low + "-" + high);
        }
        return new Quantity(Form.BEST_INSIDE_BOUNDS, low, best, high);
    }

    /**
     * A lower bound, such as "at least 300".
     *
     * @param count  the bound, from 0 to {@link #MAX_COUNT}
     * @return the quantity, never null
     */
    public static Quantity atLeast(long count) {
        return new Quantity(Form.AT_LEAST, checked(count), count);
    }

    /**
     * An upper bound, such as "up to 3,000".
     *
     * @param count  the bound, from 0 to {@link #MAX_COUNT}
     * @return the quantity, never null
     */
    public static Quantity atMost(long count) {
        return new Quantity(Form.AT_MOST, checked(count), count);
    }

    /**
     * Reads a figure as people write it. See {@link QuantityText} for every accepted form.
     *
     * @param text  the text, not null
     * @return the quantity, never null
     * @throws InvalidTextException if the text is not a figure; the message says why and what is accepted
     */
    public static Quantity parse(String text) {
        return QuantityText.parse(text);
    }

    private static long checked(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (count > MAX_COUNT) {
            throw new IllegalArgumentException("a count cannot exceed " + MAX_COUNT + ": " + count);
        }
        return count;
    }

    /**
     * How the figure was stated.
     *
     * @return the form, never null
     */
    public Form form() {
        return form;
    }

    /**
     * The lowest value the figure allows: the value itself, the low end of a range, the bound of
     * "at least", or 0 for "at most".
     *
     * @return the low projection
     */
    public long low() {
        return form == Form.AT_MOST ? 0 : low;
    }

    /**
     * The single best value: the value, the midpoint of a range (rounded half up), the best a
     * source gave inside its bounds, the bound of "at least"; none for "at most", which names no
     * likely value.
     *
     * @return the best projection, empty for an upper bound
     */
    public OptionalLong best() {
        return form == Form.AT_MOST ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /**
     * The best projection as {@link #best()} gives it, without wrapping it: for the loops of the
     * views, which read it for every estimate.
     *
     * @param none  the value to return when there is no best value (for "at most")
     * @return the best value, or {@code none}
     */
    public long bestOr(long none) {
        return form == Form.AT_MOST ? none : best;
    }

    /**
     * The highest value the figure allows; unbounded (empty) for "at least".
     *
     * @return the high projection, empty when unbounded
     */
    public OptionalLong high() {
        return form == Form.AT_LEAST ? OptionalLong.empty() : OptionalLong.of(high);
    }

    /**
     * The high projection as {@link #high()} gives it, without wrapping it: for the loops of the
     * views, which read it for every estimate.
     *
     * @param unbounded  the value to return when the figure has no upper bound (for "at least")
     * @return the high value, or {@code unbounded}
     */
    public long highOr(long unbounded) {
        return form == Form.AT_LEAST ? unbounded : high;
    }

    /**
     * Whether the source flagged the figure as approximate.
     *
     * @return true for the approximate form
     */
    public boolean isApproximate() {
        return form == Form.APPROXIMATE;
    }

    /**
     * The canonical text: {@code 600}, {@code ~4700}, {@code 10000-12000}, {@code 25 (20-40)},
     * {@code >=300} or {@code <=3000}. It parses back to an equal quantity.
     *
     * @return the canonical text, never null
     */
    public String toText() {
        return render(Long::toString, "~", "-", ">=", "<=");
    }

    /**
     * A text for people, with thousands separators: {@code 600}, {@code ~4,700},
     * {@code 10,000–12,000}, {@code 25 (20–40)}, {@code at least 300}, {@code up to 3,000}. It
     * parses back to an equal quantity.
     *
     * @return the display text, never null
     */
    public String toDisplayText() {
        return render(Quantity::grouped, "~", "\u2013", "at least ", "up to ");
    }

    /** Writes a count with a comma between groups of three digits: 4,700. */
    private static String grouped(long count) {
        String digits = Long.toString(count);
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private String render(java.util.function.LongFunction<String> number, String approximately, String dash,
                          String atLeast, String atMost) {
        switch (form) {
            case APPROXIMATE:
                return approximately + number.apply(low);
            case RANGE:
                return number.apply(low) + dash + number.apply(high);
            case BEST_INSIDE_BOUNDS:
                return number.apply(best) + " (" + number.apply(low) + dash + number.apply(high) + ")";
            case AT_LEAST:
                return atLeast + number.apply(low);
            case AT_MOST:
                return atMost + number.apply(high);
            default:
                return number.apply(low);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Quantity)) {
            return false;
        }
        Quantity that = (Quantity) other;
        return form == that.form && low == that.low && best == that.best && high == that.high;
    }

    @Override
    public int hashCode() {
        return ((form.ordinal() * 31 + Long.hashCode(low)) * 31 + Long.hashCode(best)) * 31 + Long.hashCode(high);
    }

    /**
     * The canonical text, as {@link #toText()}.
     *
     * @return the canonical text, never null
     */
    @Override
    public String toString() {
        return toText();
    }
}
