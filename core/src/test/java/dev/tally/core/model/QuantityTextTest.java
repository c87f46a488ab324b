package dev.tally.core.model;

import static dev.tally.core.model.Quantity.Form.APPROXIMATE;
import static dev.tally.core.model.Quantity.Form.AT_LEAST;
import static dev.tally.core.model.Quantity.Form.AT_MOST;
import static dev.tally.core.model.Quantity.Form.BEST_INSIDE_BOUNDS;
import static dev.tally.core.model.Quantity.Form.EXACT;
import static dev.tally.core.model.Quantity.Form.RANGE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tally.core.model.Quantity.Form;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one parser of figure texts: every form of issue 2, and what it refuses and why. */
class QuantityTextTest {

    /** What every refusal offers instead, unless the reason itself says what to write. */
    private static final String ACCEPTED = "write a whole number such as 1,200";

    private static final Long NONE = null;

    static Stream<Arguments> accepted() {
        return Stream.of(
                // exact, with separators and multipliers
                accepted("600", EXACT, 600, 600L, 600L, "600"),
                accepted("4,700", EXACT, 4700, 4700L, 4700L, "4700"),
                accepted("0", EXACT, 0, 0L, 0L, "0"),
                accepted("1,000,000", EXACT, 1_000_000, 1_000_000L, 1_000_000L, "1000000"),
                accepted("3k", EXACT, 3000, 3000L, 3000L, "3000"),
                accepted("3 K", EXACT, 3000, 3000L, 3000L, "3000"),
                accepted("1.5k", EXACT, 1500, 1500L, 1500L, "1500"),
                accepted("1.2 million", EXACT, 1_200_000, 1_200_000L, 1_200_000L, "1200000"),
                accepted("2m", EXACT, 2_000_000, 2_000_000L, 2_000_000L, "2000000"),
                accepted("1bn", EXACT, 1_000_000_000, 1_000_000_000L, 1_000_000_000L, "1000000000"),
                accepted("15 thousand", EXACT, 15_000, 15_000L, 15_000L, "15000"),
                accepted("999,999,999,999,999", EXACT, Quantity.MAX_COUNT, Quantity.MAX_COUNT, Quantity.MAX_COUNT,
                        "999999999999999"),
                accepted("  600\u00a0 ", EXACT, 600, 600L, 600L, "600"),
                // approximate
                accepted("around 4,700", APPROXIMATE, 4700, 4700L, 4700L, "~4700"),
                accepted("~4700", APPROXIMATE, 4700, 4700L, 4700L, "~4700"),
                accepted("~ 4,700", APPROXIMATE, 4700, 4700L, 4700L, "~4700"),
                accepted("about 2,000", APPROXIMATE, 2000, 2000L, 2000L, "~2000"),
                accepted("About  2,000", APPROXIMATE, 2000, 2000L, 2000L, "~2000"),
                accepted("approximately 2,000", APPROXIMATE, 2000, 2000L, 2000L, "~2000"),
                accepted("some 300", APPROXIMATE, 300, 300L, 300L, "~300"),
                accepted("an estimated 1.2 million", APPROXIMATE, 1_200_000, 1_200_000L, 1_200_000L, "~1200000"),
                accepted("≈4700", APPROXIMATE, 4700, 4700L, 4700L, "~4700"),
                // historians' forms: circa abbreviated, and an uncertain figure
                accepted("c. 1,500", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                accepted("c.1500", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                accepted("C. 1,500", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                accepted("1,500?", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                accepted("1,500 ?", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                accepted("1,500 (?)", APPROXIMATE, 1500, 1500L, 1500L, "~1500"),
                // vague counts: bounds and a conservative best, from the one table
                accepted("a few", BEST_INSIDE_BOUNDS, 2, 3L, 9L, "3 (2-9)"),
                accepted("several", BEST_INSIDE_BOUNDS, 3, 3L, 9L, "3 (3-9)"),
                accepted("a dozen", BEST_INSIDE_BOUNDS, 10, 12L, 14L, "12 (10-14)"),
                accepted("Dozens", BEST_INSIDE_BOUNDS, 24, 24L, 99L, "24 (24-99)"),
                accepted("scores", BEST_INSIDE_BOUNDS, 40, 40L, 199L, "40 (40-199)"),
                accepted("tens", BEST_INSIDE_BOUNDS, 20, 20L, 99L, "20 (20-99)"),
                accepted("hundreds", BEST_INSIDE_BOUNDS, 200, 200L, 999L, "200 (200-999)"),
                accepted("thousands", BEST_INSIDE_BOUNDS, 2000, 2000L, 9999L, "2000 (2000-9999)"),
                accepted("tens of  thousands", BEST_INSIDE_BOUNDS, 20_000, 20_000L, 99_999L, "20000 (20000-99999)"),
                accepted("hundreds of thousands", BEST_INSIDE_BOUNDS, 200_000, 200_000L, 999_999L,
                        "200000 (200000-999999)"),
                accepted("millions", BEST_INSIDE_BOUNDS, 2_000_000, 2_000_000L, 9_999_999L,
                        "2000000 (2000000-9999999)"),
                accepted("several dozen", BEST_INSIDE_BOUNDS, 36, 36L, 108L, "36 (36-108)"),
                accepted("a few dozen", BEST_INSIDE_BOUNDS, 24, 36L, 108L, "36 (24-108)"),
                accepted("several hundred", BEST_INSIDE_BOUNDS, 300, 300L, 900L, "300 (300-900)"),
                accepted("several thousand", BEST_INSIDE_BOUNDS, 3000, 3000L, 9000L, "3000 (3000-9000)"),
                accepted("a few thousand", BEST_INSIDE_BOUNDS, 2000, 3000L, 9000L, "3000 (2000-9000)"),
                accepted("a few million", BEST_INSIDE_BOUNDS, 2_000_000, 3_000_000L, 9_000_000L,
                        "3000000 (2000000-9000000)"),
                // range
                accepted("10,000 to 12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("10,000-12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("10,000\u201312,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("10,000\u201412,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("10,000 - 12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("between 10,000 and 12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("between 10,000 to 12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("from 10,000 to 12,000", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("10k-12k", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("500-500", RANGE, 500, 500L, 500L, "500-500"),
                // a multiplier written once, on the high end, applies to both ends
                accepted("10-12k", RANGE, 10_000, 11_000L, 12_000L, "10000-12000"),
                accepted("1 to 2 million", RANGE, 1_000_000, 1_500_000L, 2_000_000L, "1000000-2000000"),
                accepted("between 1 and 2 million", RANGE, 1_000_000, 1_500_000L, 2_000_000L, "1000000-2000000"),
                accepted("1.5-2 million", RANGE, 1_500_000, 1_750_000L, 2_000_000L, "1500000-2000000"),
                // ... but not when it would lift the low end above the high end
                accepted("900-1k", RANGE, 900, 950L, 1000L, "900-1000"),
                // best inside bounds: a best of its own, not the midpoint
                accepted("25 (20-40)", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("25 (20\u201340)", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("25, range 20 to 40", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("best 25 (20\u201340)", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("Best: 25 (20-40)", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("25 [20-40]", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("25 (range 20 to 40)", BEST_INSIDE_BOUNDS, 20, 25L, 40L, "25 (20-40)"),
                accepted("1 (1-30)", BEST_INSIDE_BOUNDS, 1, 1L, 30L, "1 (1-30)"),
                accepted("1,500 (1,000\u20132,000)", BEST_INSIDE_BOUNDS, 1000, 1500L, 2000L, "1500 (1000-2000)"),
                accepted("11k (10-12k)", BEST_INSIDE_BOUNDS, 10_000, 11_000L, 12_000L, "11000 (10000-12000)"),
                accepted("7 (7-7)", BEST_INSIDE_BOUNDS, 7, 7L, 7L, "7 (7-7)"),
                accepted("5 (between 1 and 30)", BEST_INSIDE_BOUNDS, 1, 5L, 30L, "5 (1-30)"),
                // at least: comparatives are inclusive bounds
                accepted("at least 300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("more than 300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("over 300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("300+", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted(">300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted(">=300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("≥300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("no fewer than 300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("no less than 300", AT_LEAST, 300, 300L, NONE, ">=300"),
                accepted("3,000 or more", AT_LEAST, 3000, 3000L, NONE, ">=3000"),
                // at most: the low end is 0 and there is no best value
                accepted("up to 3,000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("no more than 3,000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("fewer than 3,000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("less than 3,000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("<3000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("<=3000", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("under 3k", AT_MOST, 0, NONE, 3000L, "<=3000"),
                accepted("300 or fewer", AT_MOST, 0, NONE, 300L, "<=300"));
    }

    private static Arguments accepted(String text, Form form, long low, Long best, Long high, String canonical) {
        return Arguments.of(text, form, low, best, high, canonical);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} {2}/{3}/{4}, written {5}")
    @MethodSource("accepted")
    void parse_reads_each_accepted_form_with_its_projection(String text, Form form, long low, Long best, Long high,
                                                           String canonical) {
        Quantity quantity = Quantity.parse(text);

        assertAll(
                () -> assertEquals(form, quantity.form(), "form"),
                () -> assertEquals(low, quantity.low(), "low"),
                () -> assertEquals(optional(best), quantity.best(), "best"),
                () -> assertEquals(optional(high), quantity.high(), "high"),
                () -> assertEquals(canonical, quantity.toText(), "canonical text"));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Test
    void parse_reads_fewer_than_as_an_inclusive_upper_bound() {
        assertEquals(Quantity.atMost(3000), Quantity.parse("fewer than 3,000"));
        assertEquals(Quantity.parse("no more than 3,000"), Quantity.parse("fewer than 3,000"));
    }

    @Test
    void parse_reads_more_than_as_an_inclusive_lower_bound() {
        assertEquals(Quantity.atLeast(300), Quantity.parse("more than 300"));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                rejected("", "the text is empty", ACCEPTED),
                rejected("   ", "the text is empty", ACCEPTED),
                rejected("about", "it names no number", ACCEPTED),
                rejected("at least", "it names no number", ACCEPTED),
                rejected("~", "it names no number", ACCEPTED),
                rejected("4,7OO", "\"4,7oo\" is not a number", ACCEPTED),
                rejected("4 700", "\"4 700\" is not a number", ACCEPTED),
                rejected("1,2345", "\"1,2345\" is not a number", ACCEPTED),
                rejected("-5", "a count cannot be negative", ACCEPTED),
                rejected("\u22125", "a count cannot be negative", ACCEPTED),
                rejected("about -5", "a count cannot be negative", ACCEPTED),
                rejected("12,000\u201310,000", "the range's low end 12000 exceeds its high end 10000",
                        "write the lower figure first"),
                rejected("between 12,000 and 10,000", "the range's low end 12000 exceeds its high end 10000",
                        "write the lower figure first"),
                rejected("1.5", "1.5 is not a whole count", ACCEPTED),
                rejected("1.2345k", "1234.5 is not a whole count", ACCEPTED),
                rejected("many", "it is too vague to count", ACCEPTED),
                rejected("numerous", "it is too vague to count", ACCEPTED),
                rejected("countless", "it is too vague to count", ACCEPTED),
                rejected("751 prisoners", "it is the figure 751 followed by \"prisoners\"",
                        "write the figure alone, and \"prisoners\" as what it counts (its metric)"),
                rejected("4,700 KIA", "it is the figure 4,700 followed by \"KIA\"", "\"KIA\" as what it counts"),
                rejected("dozens of soldiers", "it is the figure 24 (24\u201399) followed by \"soldiers\"",
                        "\"soldiers\" as what it counts"),
                rejected("1e400", "exponent notation is not accepted", ACCEPTED),
                rejected("1.5E3", "exponent notation is not accepted", ACCEPTED),
                rejected("1,000,000,000,000,000", "it exceeds the largest count", "999,999,999,999,999"),
                rejected("2 billion billion", "\"2 billion billion\" is not a number", ACCEPTED),
                rejected("about about 300", "\"about 300\" is not a number", ACCEPTED),
                rejected("5 to", "\"5 to\" is not a number", ACCEPTED),
                rejected("around 10,000-12,000", "a range takes no qualifier such as \"around\"", "10,000-12,000"),
                rejected("at least between 1 and 2", "a range takes no qualifier such as \"at least\"",
                        "10,000-12,000"),
                rejected("about 25 (20-40)", "a range takes no qualifier such as \"about\"", "10,000-12,000"),
                rejected("50 (20-40)", "the best value 50 lies outside its bounds 20-40",
                        "write a best value between the low and the high, as in \"25 (20-40)\""),
                rejected("10 (20-40)", "the best value 10 lies outside its bounds 20-40",
                        "write a best value between the low and the high"),
                rejected("25 (40-20)", "the range's low end 40 exceeds its high end 20", "write the lower figure first"),
                rejected("25 (about 40)", "the bounds \"about 40\" are not a range",
                        "write a best value and its bounds as in \"25 (20-40)\""),
                rejected("25 (20-x)", "the bounds \"20-x\" are not a range", "as in \"25 (20-40)\""));
    }

    private static Arguments rejected(String text, String why, String whatIsAccepted) {
        return Arguments.of(text, why, whatIsAccepted);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @MethodSource("rejected")
    void parse_rejects_a_text_saying_why_and_what_is_accepted(String text, String why, String whatIsAccepted) {
        TextRefusals.assertRefused(Quantity::parse, "figure", text, why, whatIsAccepted);
    }

    @Test
    void parse_rejects_null_by_name() {
        NullPointerException refusal = assertThrows(NullPointerException.class, () -> Quantity.parse(null));

        assertEquals("text", refusal.getMessage());
    }
}
