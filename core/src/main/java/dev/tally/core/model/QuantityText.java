package dev.tally.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of figure texts, used by every adapter through {@link Quantity#parse(String)}.
 *
 * <p>Accepted, ignoring case and extra spaces:
 * <ul>
 *   <li>exact: {@code 600}, {@code 4,700}, {@code 3k}, {@code 1.2 million}, {@code 15 thousand}
 *       (multipliers k, thousand, m, mn, million, bn, billion; the result must be whole);</li>
 *   <li>approximate: {@code ~4700}, {@code ≈4700}, {@code about}, {@code around},
 *       {@code approximately}, {@code approx.}, {@code roughly}, {@code circa}, {@code ca.},
 *       {@code c.}, {@code some}, {@code an estimated}, {@code estimated}, {@code nearly},
 *       {@code almost} before a number, or {@code ?} / {@code (?)} after it ({@code 1,500?}: a
 *       historian's uncertain figure);</li>
 *   <li>range: {@code 10,000 to 12,000}, {@code 10,000-12,000} with a hyphen, en dash or em
 *       dash, {@code between 10,000 and 12,000}, {@code from 10,000 to 12,000}; a multiplier on the
 *       high end alone applies to both ends when the low end stays below the high one
 *       ({@code 10-12k}, {@code 1 to 2 million});</li>
 *   <li>best inside bounds: a best value followed by its bounds as a range, in parentheses or
 *       brackets or after "range": {@code 25 (20-40)}, {@code 25 (20–40)}, {@code 25 [20-40]},
 *       {@code best 25 (20–40)}, {@code 25, range 20 to 40}; the best must lie inside the
 *       bounds;</li>
 *   <li>at least: {@code at least}, {@code more than}, {@code over}, {@code above},
 *       {@code in excess of}, {@code upwards of}, {@code no fewer than}, {@code no less than},
 *       {@code >}, {@code >=}, {@code ≥} before a number, or {@code +} / {@code or more} after it;</li>
 *   <li>at most: {@code up to}, {@code no more than}, {@code at most}, {@code fewer than},
 *       {@code less than}, {@code under}, {@code below}, {@code <}, {@code <=}, {@code ≤} before a
 *       number, or {@code or fewer} / {@code or less} after it;</li>
 *   <li>vague counts: "a few", "several", "a dozen", "dozens", "scores", "tens", "hundreds",
 *       "thousands", "tens of thousands", "hundreds of thousands", "millions", and "a few" or
 *       "several" with a multiplier ("several hundred"), from the one table of
 *       {@link VagueCounts}: bounds and a conservative best.</li>
 * </ul>
 *
 * <p>A figure followed by words that say what it counts ({@code 751 prisoners},
 * {@code 4,700 KIA}) is read by {@link StatedFigure#parse(String)}, which keeps the words as a hint
 * of the metric; {@link Quantity#parse(String)} refuses it, saying which figure and which words it
 * found.
 *
 * <p>Strict comparatives are read as inclusive bounds: "more than 300" is at least 300 and
 * "fewer than 3,000" is at most 3,000. Sources use them to name a bound, not to exclude it, and a
 * difference of one is far below the precision of any such claim.
 */
final class QuantityText {

    /** How the writers write a lower and an upper bound before its count. */
    private static final String AT_LEAST = "at least ";
    private static final String UP_TO = "up to ";

    private static final String ACCEPTED = "write a whole number such as 1,200, or a form like \"about 1,200\", "
            + "\"1,000-2,000\", \"at least 300\" or \"up to 3,000\"";

    private static final List<String> APPROXIMATE_PREFIXES = List.of("approximately", "an estimated", "estimated",
            "approx.", "approx", "around", "roughly", "nearly", "almost", "circa", "about", "some", "ca.", "c.", "~", "≈");
    private static final List<String> AT_LEAST_PREFIXES = List.of("no fewer than", "no less than", "in excess of",
            "upwards of", "more than", "at least", "above", "over", ">=", "≥", ">");
    private static final List<String> AT_MOST_PREFIXES = List.of("no more than", "fewer than", "less than", "at most",
            "up to", "under", "below", "<=", "≤", "<");
    private static final List<String> AT_LEAST_SUFFIXES = List.of("or more", "+");
    private static final List<String> AT_MOST_SUFFIXES = List.of("or fewer", "or less");
    private static final List<String> APPROXIMATE_SUFFIXES = List.of("(?)", "?");
    /** Words that continue a figure rather than say what it counts, so never begin the words after a count. */
    private static final List<String> NOT_WORDS = List.of("to", "and", "or", "than", "more", "fewer", "less", "plus",
            "hundred", "thousand", "million", "billion", "bn", "mn", "k", "m");
    /** The most words after a count that are looked for. */
    private static final int MAX_WORDS = 6;
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M} /'’&.,-]*");

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "k", BigDecimal.valueOf(1_000), "thousand", BigDecimal.valueOf(1_000),
            "m", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
            "million", BigDecimal.valueOf(1_000_000),
            "bn", BigDecimal.valueOf(1_000_000_000), "billion", BigDecimal.valueOf(1_000_000_000));

    private static final String NUMBER = "[0-9][0-9,]*(?:\\.[0-9]+)?(?:\\s*(?:thousand|million|billion|bn|mn|k|m)\\b)?";
    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?\\s*(thousand|million|billion|bn|mn|k|m)?");
    private static final Pattern BETWEEN = Pattern.compile("(?:between|from)\\s+(.+?)\\s+(?:and|to)\\s+(.+)");
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*(?:-|–|—|\\bto\\b)\\s*(" + NUMBER + ")");
    private static final Pattern BEST_INSIDE = Pattern.compile("(?:best:?\\s*)?(" + NUMBER + ")\\s*(?:"
            + "\\(\\s*(?:range:?\\s*)?(.+?)\\s*\\)|\\[\\s*(?:range:?\\s*)?(.+?)\\s*]|,\\s*range:?\\s+(.+))");
    private static final Pattern VAGUE = Pattern.compile(
            ".*\\b(several|few|many|dozens?|scores|hundreds|thousands|tens|numerous|countless|some)\\b.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EXPONENT = Pattern.compile("[0-9.]+e[+-]?[0-9]+");

    private QuantityText() {
    }

    static Quantity parse(String text) {
        StatedFigure stated = parseStated(text);
        if (stated.words().isPresent()) {
            String words = stated.words().get();
            throw fail(text, "it is the figure " + stated.quantity().toDisplayText() + " followed by \"" + words
                    + "\"; write the figure alone, and \"" + words + "\" as what it counts (its metric)");
        }
        return stated.quantity();
    }

    /** A figure, optionally followed by words that say what it counts. */
    static StatedFigure parseStated(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        Quantity plain = plain(text);
        return plain != null ? new StatedFigure(plain, Optional.empty()) : parseWritten(text);
    }

    /**
     * The figure of a text in the forms every writer uses, {@code 4700}, {@code 4,700},
     * {@code ~4,700}, {@code 10,000-12,000} (a hyphen or an en dash, no spaces),
     * {@code at least 4,700} and {@code up to 4,700}, read without a regular expression (every
     * figure of an import passes here); null for any other text, which {@link #parseWritten} reads
     * or refuses. Both read such a text alike.
     */
    static Quantity plain(String text) {
        if (text.startsWith(AT_LEAST)) {
            return bound(text, AT_LEAST.length(), Quantity::atLeast);
        }
        if (text.startsWith(UP_TO)) {
            return bound(text, UP_TO.length(), Quantity::atMost);
        }
        boolean approximate = text.startsWith("~");
        int start = approximate ? 1 : 0;
        int end = numberEnd(text, start);
        if (end < 0) {
            return null;
        }
        long low = number(text, start, end);
        if (low < 0) {
            return null;
        }
        if (end == text.length()) {
            return approximate ? Quantity.approximately(low) : Quantity.exact(low);
        }
        char dash = text.charAt(end);
        if (approximate || dash != '-' && dash != '\u2013' || numberEnd(text, end + 1) != text.length()) {
            return null;
        }
        long high = number(text, end + 1, text.length());
        return high < low ? null : Quantity.range(low, high);
    }

    /** A bound whose count alone follows its words from {@code start}, as the writers write it; null otherwise. */
    private static Quantity bound(String text, int start, LongFunction<Quantity> form) {
        long count = numberEnd(text, start) == text.length() ? number(text, start, text.length()) : -1;
        return count < 0 ? null : form.apply(count);
    }

    /** Where the digits and grouping commas from {@code start} end; -1 unless they begin with a digit. */
    private static int numberEnd(String text, int start) {
        if (start >= text.length() || text.charAt(start) < '0' || text.charAt(start) > '9') {
            return -1;
        }
        int i = start;
        while (i < text.length() && (text.charAt(i) >= '0' && text.charAt(i) <= '9' || text.charAt(i) == ',')) {
            i++;
        }
        return text.charAt(i - 1) == ',' ? -1 : i;
    }

    /**
     * The count the digits from {@code start} to {@code end} make, commas left out; -1 when the
     * commas do not group thousands ({@code 4,700}, {@code 1,000,000}) or the count is beyond the largest.
     */
    private static long number(String text, int start, int end) {
        long value = 0;
        int group = 0;
        boolean grouped = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                if (grouped ? group != 3 : group > 3) {
                    return -1;
                }
                grouped = true;
                group = 0;
            } else {
                group++;
                value = value * 10 + (c - '0');
                if (value > Quantity.MAX_COUNT) {
                    return -1;
                }
            }
        }
        return grouped && group != 3 ? -1 : value;
    }

    /** A figure in any accepted form, optionally followed by words that say what it counts. */
    static StatedFigure parseWritten(String text) {
        String s = normalise(text);
        try {
            return new StatedFigure(figure(text, s), Optional.empty());
        } catch (InvalidTextException refused) {
            return withWords(text, s).orElseThrow(() -> refused);
        }
    }

    /**
     * The longest figure that begins the text and is followed by words (letters, no digits), such as
     * "751" and "prisoners"; empty if there is none.
     */
    private static Optional<StatedFigure> withWords(String text, String s) {
        String cased = collapse(text);
        int space = s.length();
        for (int tries = 0; tries < MAX_WORDS && (space = s.lastIndexOf(' ', space - 1)) > 0; tries++) {
            String words = s.substring(space + 1);
            if (!WORDS.matcher(words).matches() || NOT_WORDS.contains(words.split(" ")[0])) {
                continue;
            }
            Quantity figure;
            try {
                figure = figure(text, s.substring(0, space));
            } catch (InvalidTextException notAFigure) {
                continue;
            }
            String stated = (cased.length() == s.length() ? cased : s).substring(space + 1).replaceFirst("^(?i)of ", "");
            return stated.isBlank() ? Optional.empty()
                    : Optional.of(new StatedFigure(figure, Optional.of(stated.strip())));
        }
        return Optional.empty();
    }

    /** The figure the whole of the normalised text states. */
    private static Quantity figure(String text, String s) {
        if (s.isEmpty()) {
            throw fail(text, "the text is empty; " + ACCEPTED);
        }
        Optional<Quantity> vague = VagueCounts.read(s);
        if (vague.isPresent()) {
            return vague.get();
        }
        Quantity bounded = bounded(text, s);
        if (bounded != null) {
            return bounded;
        }
        Matcher bestInside = BEST_INSIDE.matcher(s);
        if (bestInside.matches()) {
            return bestInside(text, bestInside);
        }
        Quantity range = rangeOrNull(text, s);
        return range != null ? range : Quantity.exact(count(text, s));
    }

    /** A range written {@code 10,000-12,000}, {@code 10,000 to 12,000} or {@code between ... and ...}; null if not one. */
    private static Quantity rangeOrNull(String text, String s) {
        Matcher between = BETWEEN.matcher(s);
        if (between.matches()) {
            return range(text, between.group(1), between.group(2));
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return range(text, range.group(1), range.group(2));
        }
        return null;
    }

    private static Quantity bestInside(String text, Matcher m) {
        long best = count(text, m.group(1));
        String boundsText = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        Quantity bounds = rangeOrNull(text, boundsText);
        if (bounds == null) {
            throw fail(text, "the bounds \"" + boundsText + "\" are not a range; write a best value and its bounds "
                    + "as in \"25 (20-40)\"");
        }
        long high = bounds.high().getAsLong();
        if (best < bounds.low() || best > high) {
            throw fail(text, "the best value " + best + " lies outside its bounds " + bounds.low() + "-" + high
                    + "; write a best value between the low and the high, as in \"25 (20-40)\"");
        }
        return Quantity.bestWithin(best, bounds.low(), high);
    }

    private static Quantity bounded(String text, String s) {
        Quantity q = prefixed(text, s, APPROXIMATE_PREFIXES, Quantity::approximately);
        if (q == null) {
            q = prefixed(text, s, AT_LEAST_PREFIXES, Quantity::atLeast);
        }
        if (q == null) {
            q = prefixed(text, s, AT_MOST_PREFIXES, Quantity::atMost);
        }
        if (q == null) {
            q = suffixed(text, s, AT_LEAST_SUFFIXES, Quantity::atLeast);
        }
        if (q == null) {
            q = suffixed(text, s, AT_MOST_SUFFIXES, Quantity::atMost);
        }
        if (q == null) {
            q = suffixed(text, s, APPROXIMATE_SUFFIXES, Quantity::approximately);
        }
        return q;
    }

    private static Quantity prefixed(String text, String s, List<String> prefixes, LongFunction<Quantity> form) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix) && isWordEnd(s, prefix)) {
                String rest = s.substring(prefix.length()).strip();
                if (RANGE.matcher(rest).matches() || BETWEEN.matcher(rest).matches()
                        || BEST_INSIDE.matcher(rest).matches()) {
                    throw fail(text, "a range takes no qualifier such as \"" + prefix + "\"; write the range alone, "
                            + "as in \"10,000-12,000\", which already says the figure is uncertain");
                }
                return form.apply(count(text, rest));
            }
        }
        return null;
    }

    private static Quantity suffixed(String text, String s, List<String> suffixes, LongFunction<Quantity> form) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return form.apply(count(text, s.substring(0, s.length() - suffix.length()).strip()));
            }
        }
        return null;
    }

    private static boolean isWordEnd(String s, String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return !Character.isLetter(last) || s.length() == prefix.length()
                || !Character.isLetterOrDigit(s.charAt(prefix.length()));
    }

    private static Quantity range(String text, String lowText, String highText) {
        long high = count(text, highText);
        long low = count(text, lowEnd(lowText, highText, high));
        if (low > high) {
            throw fail(text, "the range's low end " + low + " exceeds its high end " + high
                    + "; write the lower figure first, as in \"10,000-12,000\"");
        }
        return Quantity.range(low, high);
    }

    /**
     * The low end of a range, which takes the high end's multiplier when it has none and stays at or below the
     * high end with it: "1 to 2 million" is 1,000,000-2,000,000 and "10-12k" 10,000-12,000, while "900-1k"
     * stays 900-1,000.
     */
    private static String lowEnd(String lowText, String highText, long high) {
        Matcher low = NUMBER_PATTERN.matcher(lowText);
        Matcher upper = NUMBER_PATTERN.matcher(highText);
        if (!low.matches() || !upper.matches() || low.group(3) != null || upper.group(3) == null) {
            return lowText;
        }
        BigDecimal scaled = digits(low).multiply(MULTIPLIERS.get(upper.group(3)));
        return scaled.compareTo(BigDecimal.valueOf(high)) <= 0 ? lowText + " " + upper.group(3) : lowText;
    }

    private static BigDecimal digits(Matcher number) {
        return new BigDecimal(number.group(1).replace(",", "") + (number.group(2) == null ? "" : "." + number.group(2)));
    }

    private static long count(String text, String number) {
        Matcher m = NUMBER_PATTERN.matcher(number);
        if (!m.matches()) {
            throw fail(text, whyNotANumber(number));
        }
        BigDecimal value = digits(m);
        if (m.group(3) != null) {
            value = value.multiply(MULTIPLIERS.get(m.group(3)));
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw fail(text, value.stripTrailingZeros().toPlainString() + " is not a whole count; " + ACCEPTED);
        }
        if (value.compareTo(BigDecimal.valueOf(Quantity.MAX_COUNT)) > 0) {
            throw fail(text, "it exceeds the largest count, " + String.format(Locale.ENGLISH, "%,d", Quantity.MAX_COUNT));
        }
        return value.longValueExact();
    }

    private static String whyNotANumber(String number) {
        if (number.isEmpty()) {
            return "it names no number; " + ACCEPTED;
        }
        if (number.startsWith("-") || number.startsWith("−")) {
            return "a count cannot be negative; " + ACCEPTED;
        }
        if (EXPONENT.matcher(number).matches()) {
            return "exponent notation is not accepted; " + ACCEPTED;
        }
        if (VAGUE.matcher(number).matches()) {
            return "it is too vague to count; " + ACCEPTED;
        }
        return "\"" + number + "\" is not a number; " + ACCEPTED;
    }

    private static String normalise(String text) {
        return collapse(text).toLowerCase(Locale.ROOT);
    }

    /** The text with its spaces made plain, stripped and collapsed to one, in its own case. */
    private static String collapse(String text) {
        String stripped = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip();
        return WHITESPACE.matcher(stripped).replaceAll(" ");
    }

    private static InvalidTextException fail(String text, String reason) {
        return new InvalidTextException("figure", text, reason);
    }
}
