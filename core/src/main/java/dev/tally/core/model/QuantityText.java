package dev.tally.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *       {@code approximately}, {@code approx.}, {@code roughly}, {@code circa}, {@code some},
 *       {@code an estimated}, {@code estimated}, {@code nearly}, {@code almost} before a number;</li>
 *   <li>range: {@code 10,000 to 12,000}, {@code 10,000-12,000} with a hyphen, en dash or em
 *       dash, {@code between 10,000 and 12,000}, {@code from 10,000 to 12,000}; a multiplier on the
 *       high end alone applies to both ends when the low end stays below the high one
 *       ({@code 10-12k}, {@code 1 to 2 million});</li>
 *   <li>at least: {@code at least}, {@code more than}, {@code over}, {@code above},
 *       {@code in excess of}, {@code upwards of}, {@code no fewer than}, {@code no less than},
 *       {@code >}, {@code >=}, {@code ≥} before a number, or {@code +} / {@code or more} after it;</li>
 *   <li>at most: {@code up to}, {@code no more than}, {@code at most}, {@code fewer than},
 *       {@code less than}, {@code under}, {@code below}, {@code <}, {@code <=}, {@code ≤} before a
 *       number, or {@code or fewer} / {@code or less} after it.</li>
 * </ul>
 *
 * <p>Strict comparatives are read as inclusive bounds: "more than 300" is at least 300 and
 * "fewer than 3,000" is at most 3,000. Sources use them to name a bound, not to exclude it, and a
 * difference of one is far below the precision of any such claim.
 */
final class QuantityText {

    private static final String ACCEPTED = "write a whole number such as 1,200, or a form like \"about 1,200\", "
            + "\"1,000-2,000\", \"at least 300\" or \"up to 3,000\"";

    private static final List<String> APPROXIMATE_PREFIXES = List.of("approximately", "an estimated", "estimated",
            "approx.", "approx", "around", "roughly", "nearly", "almost", "circa", "about", "some", "ca.", "~", "≈");
    private static final List<String> AT_LEAST_PREFIXES = List.of("no fewer than", "no less than", "in excess of",
            "upwards of", "more than", "at least", "above", "over", ">=", "≥", ">");
    private static final List<String> AT_MOST_PREFIXES = List.of("no more than", "fewer than", "less than", "at most",
            "up to", "under", "below", "<=", "≤", "<");
    private static final List<String> AT_LEAST_SUFFIXES = List.of("or more", "+");
    private static final List<String> AT_MOST_SUFFIXES = List.of("or fewer", "or less");

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
    private static final Pattern VAGUE = Pattern.compile(
            ".*\\b(several|few|many|dozens?|scores|hundreds|thousands|tens|numerous|some)\\b.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EXPONENT = Pattern.compile("[0-9.]+e[+-]?[0-9]+");

    private QuantityText() {
    }

    static Quantity parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        String s = normalise(text);
        if (s.isEmpty()) {
            throw fail(text, "the text is empty; " + ACCEPTED);
        }
        Quantity bounded = bounded(text, s);
        if (bounded != null) {
            return bounded;
        }
        Matcher between = BETWEEN.matcher(s);
        if (between.matches()) {
            return range(text, between.group(1), between.group(2));
        }
        Matcher range = RANGE.matcher(s);
        if (range.matches()) {
            return range(text, range.group(1), range.group(2));
        }
        return Quantity.exact(count(text, s));
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
        return q;
    }

    private static Quantity prefixed(String text, String s, List<String> prefixes, LongFunction<Quantity> form) {
        for (String prefix : prefixes) {
            if (s.startsWith(prefix) && isWordEnd(s, prefix)) {
                String rest = s.substring(prefix.length()).strip();
                if (RANGE.matcher(rest).matches() || BETWEEN.matcher(rest).matches()) {
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
        String stripped = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip();
        return WHITESPACE.matcher(stripped).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static InvalidTextException fail(String text, String reason) {
        return new InvalidTextException("figure", text, reason);
    }
}
